import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { SetPasswordForm } from "@/components/set-password-form";
import { getT } from "@/lib/i18n/server";
import { checkToken } from "@/lib/server/services/auth/redeem-token";
import { acceptInvitationAction } from "../actions";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, status] = await Promise.all([getT(), checkToken("invite", token)]);
  return (
    <Card className="mx-auto max-w-lg">
      <h1 className="mb-4 text-2xl font-semibold">{t("auth.invite.title")}</h1>
      {status === "valid" ? (
        <SetPasswordForm token={token} action={acceptInvitationAction} submitLabel={t("auth.invite.submit")} doneMessage={t("auth.invite.done")} />
      ) : (
        <Alert tone="error">{t(`errors.token.${status}`)}</Alert>
      )}
    </Card>
  );
}
