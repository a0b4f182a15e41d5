import { TokenPasswordPage } from "@/components/token-password-page";
import { resetPasswordAction } from "@/lib/actions/auth";

export default async function NewPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const messages = { title: "auth.reset.newTitle", submit: "auth.reset.newSubmit", done: "auth.reset.done" };
  return <TokenPasswordPage purpose="reset" token={token} messages={messages} action={resetPasswordAction} />;
}
