"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useState } from "react";
import { MAX_EVIDENCE_BYTES, PROGRESS_STATUSES } from "@/lib/domain/follow-up";
import { useT } from "@/lib/i18n/client";
import type { FormAction } from "@/components/ui/action-form";

/** An owner's progress report: status, percent, what happened, the date, and optional evidence. */
export function ProgressForm({ action, compactId, commitmentId, title, today }: { action: FormAction; compactId: string; commitmentId: string; title: string; today: string }) {
  const t = useT();
  // A file over the limit is refused here, before it is sent: the request itself would be too large.
  const [fileError, setFileError] = useState<string[] | undefined>();
  return (
    <details className="mt-3 rounded-md border border-line p-3">
      <summary className="cursor-pointer font-medium">
        {t("followUp.progressForm.title")}
        <span className="sr-only">: {title}</span>
      </summary>
      <ActionForm action={action} successMessage={t("followUp.progressForm.saved")} className="mt-3 grid gap-4 md:grid-cols-2" aria-label={`${t("followUp.progressForm.title")}: ${title}`}>
        <input type="hidden" name="compactId" value={compactId} />
        <input type="hidden" name="commitmentId" value={commitmentId} />
        <SelectField label={t("followUp.progressForm.status")} name="status" defaultValue="on_track" options={PROGRESS_STATUSES.map((s) => ({ value: s, label: t(`followUp.status.${s}`) }))} />
        <TextField label={t("followUp.progressForm.percent")} name="percent" type="number" min={0} max={100} defaultValue="0" />
        <div className="md:col-span-2">
          <TextAreaField label={t("followUp.progressForm.text")} name="text" rows={3} />
        </div>
        <TextField label={t("followUp.progressForm.date")} name="date" type="date" defaultValue={today} max={today} />
        <TextField label={t("followUp.progressForm.evidenceUrl")} name="evidenceUrl" type="url" />
        <div className="md:col-span-2">
          <TextField
            label={t("followUp.progressForm.evidenceFile")}
            hint={t("followUp.progressForm.evidenceHint")}
            name="evidenceFile"
            type="file"
            accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.txt,.csv"
            errors={fileError}
            onChange={(e) => {
              const tooLarge = (e.target.files?.[0]?.size ?? 0) > MAX_EVIDENCE_BYTES;
              setFileError(tooLarge ? ["followUp.errors.fileTooLarge"] : undefined);
              if (tooLarge) e.target.value = "";
            }}
          />
        </div>
        <div className="md:col-span-2">
          <SubmitButton>{t("followUp.progressForm.submit")}</SubmitButton>
        </div>
      </ActionForm>
    </details>
  );
}
