"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/field";
import type { AgendaStatement } from "@/lib/domain/lifecycle";
import { useT } from "@/lib/i18n/client";
import { saveAgendaAction } from "@/lib/actions/compacts";

export function AgendaForm({ compactId, agenda }: { compactId: string; agenda: AgendaStatement | null }) {
  const t = useT();
  return (
    <ActionForm action={saveAgendaAction} successMessage={t("compactPage.agenda.saved")}>
      <input type="hidden" name="compactId" value={compactId} />
      <TextAreaField label={t("compactPage.agenda.why")} name="why" defaultValue={agenda?.why} rows={3} />
      <TextAreaField label={t("compactPage.agenda.issues")} hint={t("compactPage.agenda.issuesHint")} name="issues" defaultValue={agenda?.issues.join("\n")} rows={4} />
      <TextAreaField label={t("compactPage.agenda.invited")} hint={t("compactPage.agenda.invitedHint")} name="invited" defaultValue={agenda?.invited.join("\n")} rows={3} />
      <SubmitButton>{t("compactPage.agenda.save")}</SubmitButton>
    </ActionForm>
  );
}
