import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { SetPasswordForm } from "@/components/set-password-form";
import type { Translate } from "@/lib/i18n/core";
import type { ActionResult } from "@/lib/server/action";
import type { TokenStatus } from "@/lib/domain/sign-in-limits";

/** The page behind an invitation or password-reset link: the form while the link works, else why not. */
export function TokenPasswordPage({
  status,
  t,
  token,
  messages,
  action,
}: {
  status: TokenStatus;
  t: Translate;
  token: string;
  messages: { title: string; submit: string; done: string };
  action: (previous: unknown, form: FormData) => Promise<ActionResult<{ email: string }>>;
}) {
  return (
    <Card className="mx-auto max-w-lg">
      <h1 className="mb-4 text-2xl font-semibold">{t(messages.title)}</h1>
      {status === "valid" ? (
        <SetPasswordForm token={token} action={action} submitLabel={t(messages.submit)} doneMessage={t(messages.done)} />
      ) : (
        <Alert tone="error">{t(`errors.token.${status}`)}</Alert>
      )}
    </Card>
  );
}
