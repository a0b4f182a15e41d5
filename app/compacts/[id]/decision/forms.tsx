"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useT } from "@/lib/i18n/client";
import { applyToJoinAction, confirmJoiningAction, publishConsultationAction, recordApprovalAction, registerJoiningAction } from "@/lib/actions/decision";

/** A politician's decision, or (with N approvals) their individual approval, on this version. */
export function ApprovalForm({ compactId, revision, individual }: { compactId: string; revision: number; individual: boolean }) {
  const t = useT();
  return (
    <ActionForm action={recordApprovalAction} successMessage={t(individual ? "public.decision.approvalSaved" : "compactPage.decision.saved")} className="grid gap-4 md:grid-cols-2">
      <input type="hidden" name="compactId" value={compactId} />
      <input type="hidden" name="expectedRevision" value={revision} />
      <SelectField
        label={t("compactPage.decision.outcome")}
        name="outcome"
        hint={t("compactPage.decision.rejectNote")}
        options={[
          { value: "approved", label: t("compactPage.decision.approved") },
          { value: "rejected", label: t("compactPage.decision.rejected") },
        ]}
      />
      <TextField label={t("compactPage.decision.body")} hint={t("compactPage.decision.bodyHint")} name="body" />
      <TextField label={t("compactPage.decision.caseNumber")} name="caseNumber" />
      <TextField label={t("compactPage.decision.meetingDate")} name="meetingDate" type="date" />
      <div className="md:col-span-2">
        <TextAreaField label={t("compactPage.decision.motivation")} name="motivation" rows={3} />
      </div>
      <div className="md:col-span-2">
        <SubmitButton>{t(individual ? "public.decision.submitApproval" : "compactPage.decision.submit")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function PublishConsultationForm({ compactId }: { compactId: string }) {
  const t = useT();
  return (
    <ActionForm action={publishConsultationAction} successMessage={t("public.manage.published")} className="grid gap-4 md:grid-cols-2">
      <input type="hidden" name="compactId" value={compactId} />
      <TextField label={t("public.manage.startsAt")} name="startsAt" type="date" />
      <TextField label={t("public.manage.endsAt")} name="endsAt" type="date" />
      <div className="md:col-span-2">
        <ConfirmButton variant="primary" title={t("public.manage.confirmTitle")} description={t("public.manage.confirmBody")} confirmLabel={t("public.manage.publish")}>
          {t("public.manage.publish")}
        </ConfirmButton>
      </div>
    </ActionForm>
  );
}

/** An official registers a joining, or a representative applies for their own organisation. */
export function JoiningForm({ compactId, organisations, mode }: { compactId: string; organisations: { id: string; label: string }[]; mode: "register" | "apply" }) {
  const t = useT();
  return (
    <ActionForm
      action={mode === "register" ? registerJoiningAction : applyToJoinAction}
      successMessage={t(mode === "register" ? "public.joining.registered" : "public.joining.applied")}
      className="grid gap-4 md:grid-cols-2"
    >
      <input type="hidden" name="compactId" value={compactId} />
      {mode === "register" || organisations.length > 1 ? (
        <SelectField label={t("public.joining.organisation")} name="organisationId" options={organisations.map((o) => ({ value: o.id, label: o.label }))} />
      ) : (
        <input type="hidden" name="organisationId" value={organisations[0]?.id ?? ""} />
      )}
      <TextField label={t("public.joining.date")} name="joinedOn" type="date" />
      <div className="md:col-span-2">
        <TextAreaField label={t("public.joining.evidence")} hint={t("public.joining.evidenceHint")} name="evidence" rows={2} />
      </div>
      <div className="md:col-span-2 space-y-1">
        <label htmlFor="joining-file" className="block text-sm font-medium">
          {t("public.joining.file")}
        </label>
        <p id="joining-file-hint" className="text-sm text-muted">
          {t("public.joining.fileHint")}
        </p>
        <input id="joining-file" type="file" name="file" accept="application/pdf,.pdf" aria-describedby="joining-file-hint" className="block text-sm" />
      </div>
      <div className="md:col-span-2">
        <SubmitButton>{t(mode === "register" ? "public.joining.register" : "public.joining.apply")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function ConfirmJoiningForm({ compactId, joiningId, name }: { compactId: string; joiningId: string; name: string }) {
  const t = useT();
  return (
    <ActionForm action={confirmJoiningAction} successMessage={t("public.joining.confirmed")} className="inline-block">
      <input type="hidden" name="compactId" value={compactId} />
      <input type="hidden" name="joiningId" value={joiningId} />
      <SubmitButton variant="secondary">{t("public.joining.confirm", { name })}</SubmitButton>
    </ActionForm>
  );
}
