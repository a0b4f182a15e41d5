import { getT } from "@/lib/i18n/server";
import { checkToken } from "@/lib/server/queries/one-time-link";
import { TokenPasswordPage } from "@/components/token-password-page";
import { resetPasswordAction } from "@/lib/actions/auth";

export default async function NewPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const messages = { title: "auth.reset.newTitle", submit: "auth.reset.newSubmit", done: "auth.reset.done" };
  const [t, status] = await Promise.all([getT(), checkToken("reset", token)]);
  return <TokenPasswordPage status={status} t={t} token={token} messages={messages} action={resetPasswordAction} />;
}
