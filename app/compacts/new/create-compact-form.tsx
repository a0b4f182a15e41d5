"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { TextAreaField, TextField } from "@/components/ui/field";
import { useT } from "@/lib/i18n/client";
import { createCompactAction } from "@/lib/actions/compacts";

export function CreateCompactForm() {
  const t = useT();
  return (
    <ActionForm action={createCompactAction}>
      <TextField label={t("compacts.create.titleLabel")} name="title" required />
      <TextAreaField label={t("compacts.create.summaryLabel")} name="summary" />
      <SubmitButton>{t("compacts.create.submit")}</SubmitButton>
    </ActionForm>
  );
}
