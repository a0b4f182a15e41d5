"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { useT } from "@/lib/i18n/client";
import { addStatementAction } from "@/lib/actions/workshops";

/** A statement added on the fly goes last; the arrows move it where it belongs. */
export function AddStatementForm({ workshopId }: { workshopId: string }) {
  const t = useT();
  return (
    <ActionForm action={addStatementAction} successMessage={t("workshop.console.added")} className="space-y-3">
      <input type="hidden" name="workshopId" value={workshopId} />
      <TextField label={t("workshop.console.addLabel")} name="text" maxLength={300} required />
      <SubmitButton variant="secondary">{t("workshop.console.add")}</SubmitButton>
    </ActionForm>
  );
}
