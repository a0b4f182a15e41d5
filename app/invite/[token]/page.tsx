import { getT } from "@/lib/i18n/server";
import { checkToken } from "@/lib/server/queries/one-time-link";
import { TokenPasswordPage } from "@/components/token-password-page";
import { acceptInvitationAction } from "@/lib/actions/auth";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const messages = { title: "auth.invite.title", submit: "auth.invite.submit", done: "auth.invite.done" };
  const [t, status] = await Promise.all([getT(), checkToken("invite", token)]);
  return <TokenPasswordPage status={status} t={t} token={token} messages={messages} action={acceptInvitationAction} />;
}
