"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { TextAreaField, TextField } from "@/components/ui/field";
import type { Rhythm } from "@/lib/domain/follow-up-rhythm";
import { useT } from "@/lib/i18n/client";
import type { FormAction } from "@/components/ui/action-form";

export function ActionPlanForm({ action, compactId }: { action: FormAction; compactId: string }) {
  const t = useT();
  return (
    <ActionForm action={action} successMessage={t("followUp.actionPlans.saved")} className="grid gap-4 md:grid-cols-2" aria-label={t("followUp.actionPlans.formTitle")}>
      <input type="hidden" name="compactId" value={compactId} />
      <div className="md:col-span-2">
        <TextField label={t("followUp.actionPlans.name")} name="title" />
      </div>
      <TextField label={t("followUp.actionPlans.start")} name="startDate" type="date" />
      <TextField label={t("followUp.actionPlans.end")} name="endDate" type="date" />
      <div className="md:col-span-2">
        <TextAreaField label={t("followUp.actionPlans.areas")} name="priorityAreas" rows={3} />
      </div>
      <div className="md:col-span-2">
        <SubmitButton>{t("followUp.actionPlans.submit")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

const RHYTHM_FIELDS = ["actionPlanMonths", "commitmentReviewMonths", "principleReviewMonths", "meetingMonths", "staleAfterMonths"] as const;

export function RhythmForm({ action, compactId, rhythm }: { action: FormAction; compactId: string; rhythm: Rhythm }) {
  const t = useT();
  return (
    <ActionForm action={action} successMessage={t("followUp.rhythm.saved")} className="grid gap-4 md:grid-cols-2" aria-label={t("followUp.rhythm.title")}>
      <input type="hidden" name="compactId" value={compactId} />
      {RHYTHM_FIELDS.map((field) => (
        <TextField key={field} label={t(`followUp.rhythm.${field}`)} name={field} type="number" min={1} defaultValue={String(rhythm[field])} />
      ))}
      <div className="md:col-span-2">
        <SubmitButton>{t("followUp.rhythm.submit")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function RemoveCommitmentButton({ action, compactId, commitmentId, title }: { action: FormAction; compactId: string; commitmentId: string; title: string }) {
  const t = useT();
  return (
    <ActionForm action={action} successMessage={t("followUp.commitments.removed")} className="mt-3">
      <input type="hidden" name="compactId" value={compactId} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <ConfirmButton title={t("followUp.commitments.remove")} description={t("followUp.commitments.removeConfirm", { title })} confirmLabel={t("followUp.commitments.remove")}>
        {t("followUp.commitments.remove")}
      </ConfirmButton>
    </ActionForm>
  );
}
