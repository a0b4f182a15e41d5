"use client";
import { ActionForm, SubmitButton, useField } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { PARTICIPATION_METHODS, STAGES, type ParticipationLevel, type Stage } from "@/lib/domain/stages";
import { useT } from "@/lib/i18n/client";
import { recordParticipationAction, saveStageSummaryAction } from "@/lib/actions/compacts";

export function SummaryForm({ compactId, text }: { compactId: string; text: string | null }) {
  const t = useT();
  return (
    <ActionForm action={saveStageSummaryAction} successMessage={t("compactPage.summary.saved")}>
      <input type="hidden" name="compactId" value={compactId} />
      <TextAreaField label={t("compactPage.summary.label")} name="text" defaultValue={text ?? ""} rows={5} />
      <SubmitButton>{t("compactPage.summary.save")}</SubmitButton>
    </ActionForm>
  );
}

function MethodChoices() {
  const t = useT();
  const { errors } = useField("methods");
  return (
    <fieldset className="md:col-span-2" aria-describedby={errors ? "methods-error" : undefined}>
      <legend className="text-sm font-medium">{t("compactPage.participation.methods")}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {PARTICIPATION_METHODS.map((method) => (
          <label key={method} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="methods" value={method} className="h-4 w-4" />
            {t(`lifecycle.method.${method}`)}
          </label>
        ))}
      </div>
      {errors?.map((error) => (
        <p key={error} id="methods-error" className="text-sm text-danger">
          {t(error)}
        </p>
      ))}
    </fieldset>
  );
}

export function ParticipationForm({ compactId, stage, levels }: { compactId: string; stage: Stage; levels: ParticipationLevel[] }) {
  const t = useT();
  return (
    <ActionForm action={recordParticipationAction} successMessage={t("compactPage.participation.saved")} className="grid gap-4 md:grid-cols-2">
      <input type="hidden" name="compactId" value={compactId} />
      <SelectField label={t("compactPage.participation.stage")} name="stage" defaultValue={stage} options={STAGES.map((s) => ({ value: s, label: t(`lifecycle.stage.${s}`) }))} />
      <SelectField label={t("compactPage.participation.level")} name="level" options={levels.map((l) => ({ value: l, label: t(`lifecycle.level.${l}`) }))} />
      <MethodChoices />
      <TextField label={t("compactPage.participation.startDate")} name="startDate" type="date" />
      <TextField label={t("compactPage.participation.endDate")} name="endDate" type="date" />
      <TextField label={t("compactPage.participation.publicCount")} name="publicCount" type="number" min={0} defaultValue="0" />
      <TextField label={t("compactPage.participation.civilCount")} name="civilCount" type="number" min={0} defaultValue="0" />
      <div className="md:col-span-2">
        <TextField label={t("compactPage.participation.note")} name="note" />
      </div>
      <div className="md:col-span-2">
        <SubmitButton>{t("compactPage.participation.submit")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
