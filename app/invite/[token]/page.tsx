import { TokenPasswordPage } from "@/components/token-password-page";
import { acceptInvitationAction } from "@/lib/actions/auth";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const messages = { title: "auth.invite.title", submit: "auth.invite.submit", done: "auth.invite.done" };
  return <TokenPasswordPage purpose="invite" token={token} messages={messages} action={acceptInvitationAction} />;
}
