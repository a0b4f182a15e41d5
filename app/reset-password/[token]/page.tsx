import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { SetPasswordForm } from "@/components/set-password-form";
import { getT } from "@/lib/i18n/server";
import { checkToken } from "@/lib/server/services/auth/redeem-token";
import { resetPasswordAction } from "../actions";

export default async function NewPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, status] = await Promise.all([getT(), checkToken("reset", token)]);
  return (
    <Card className="mx-auto max-w-lg">
      <h1 className="mb-4 text-2xl font-semibold">{t("auth.reset.newTitle")}</h1>
      {status === "valid" ? (
        <SetPasswordForm token={token} action={resetPasswordAction} submitLabel={t("auth.reset.newSubmit")} doneMessage={t("auth.reset.done")} />
      ) : (
        <Alert tone="error">{t(`errors.token.${status}`)}</Alert>
      )}
    </Card>
  );
}
