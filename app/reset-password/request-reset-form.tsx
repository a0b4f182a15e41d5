"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { useT } from "@/lib/i18n/client";
import { requestPasswordResetAction } from "@/lib/actions/auth";

export function RequestResetForm() {
  const t = useT();
  return (
    <ActionForm action={requestPasswordResetAction} successMessage={t("auth.reset.sent")}>
      <TextField label={t("auth.signIn.email")} name="email" type="email" autoComplete="email" required />
      <SubmitButton>{t("auth.reset.submit")}</SubmitButton>
    </ActionForm>
  );
}
