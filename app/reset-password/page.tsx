import { Card } from "@/components/ui/card";
import { getT } from "@/lib/i18n/server";
import { RequestResetForm } from "./request-reset-form";

export default async function ResetPasswordPage() {
  const t = await getT();
  return (
    <Card className="mx-auto max-w-lg">
      <h1 className="text-2xl font-semibold">{t("auth.reset.title")}</h1>
      <p className="mb-4 mt-1 text-muted">{t("auth.reset.intro")}</p>
      <RequestResetForm />
    </Card>
  );
}
