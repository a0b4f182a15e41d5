"use client";
import { useState } from "react";
import { ActionForm, SubmitButton, useField } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { COMMITMENT_PARTIES, RECURRENCES } from "@/lib/domain/follow-up";
import { PRINCIPLES } from "@/lib/domain/principles/rules";
import { useT } from "@/lib/i18n/client";
import type { FormAction } from "@/components/ui/action-form";

type Organisation = { id: string; name: string; sector: string };

function PrincipleChoices() {
  const t = useT();
  const { errors } = useField("principles");
  return (
    <fieldset className="md:col-span-2" aria-describedby={errors ? "principles-error" : undefined}>
      <legend className="text-sm font-medium">{t("followUp.commitmentForm.principles")}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {PRINCIPLES.map((p) => (
          <label key={p} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="principles" value={p} className="h-4 w-4" />
            {t(`principles.name.${p}`)}
          </label>
        ))}
      </div>
      {errors?.map((error) => (
        <p key={error} id="principles-error" className="text-sm text-danger">
          {t(error)}
        </p>
      ))}
    </fieldset>
  );
}

/** How the commitment is followed up, and the fields that kind needs (remounted with each form result). */
function FollowUpFields() {
  const t = useT();
  const [kind, setKind] = useState(useField("followUpKind").value ?? "indicator");
  return (
    <>
      <SelectField
        label={t("followUp.commitmentForm.followUpKind")}
        name="followUpKind"
        defaultValue={kind}
        onChange={(e) => setKind(e.target.value)}
        options={[
          { value: "indicator", label: t("followUp.commitmentForm.indicatorKind") },
          { value: "deliverable", label: t("followUp.commitmentForm.deliverableKind") },
        ]}
      />
      <div />
      {kind === "indicator" ? (
        <>
          <TextField label={t("followUp.commitmentForm.indicator")} name="indicator" />
          <TextField label={t("followUp.commitmentForm.target")} name="target" />
        </>
      ) : (
        <div className="md:col-span-2">
          <TextField label={t("followUp.commitmentForm.deliverable")} name="deliverable" />
        </div>
      )}
    </>
  );
}

/** The drafting group lists a commitment: what, which party, owner, contact role, timing, follow-up. */
export function CommitmentForm({ action, compactId, organisations, actionPlans }: { action: FormAction; compactId: string; organisations: Organisation[]; actionPlans: { id: string; title: string }[] }) {
  const t = useT();
  const orgOption = (o: Organisation) => ({ value: o.id, label: `${o.name} (${t(`common.sectors.${o.sector}`)})` });
  return (
    <ActionForm action={action} successMessage={t("followUp.commitmentForm.saved")} className="grid gap-4 md:grid-cols-2" aria-label={t("followUp.commitmentForm.title")}>
      <input type="hidden" name="compactId" value={compactId} />
      <div className="md:col-span-2">
        <TextField label={t("followUp.commitmentForm.what")} name="title" />
      </div>
      <div className="md:col-span-2">
        <TextAreaField label={t("followUp.commitmentForm.description")} name="description" rows={2} />
      </div>
      <SelectField label={t("followUp.commitmentForm.party")} name="party" options={COMMITMENT_PARTIES.map((p) => ({ value: p, label: t(`followUp.party.${p}`) }))} />
      <SelectField label={t("followUp.commitmentForm.owner")} name="ownerOrganisationId" options={organisations.map(orgOption)} />
      <SelectField
        label={t("followUp.commitmentForm.partner")}
        name="partnerOrganisationId"
        options={[{ value: "", label: t("followUp.commitmentForm.none") }, ...organisations.map(orgOption)]}
      />
      <TextField label={t("followUp.commitmentForm.contactRole")} hint={t("followUp.commitmentForm.contactRoleHint")} name="contactRole" />
      <TextField label={t("followUp.commitmentForm.dueDate")} hint={t("followUp.commitmentForm.timingHint")} name="dueDate" type="date" />
      <SelectField
        label={t("followUp.commitmentForm.recurrence")}
        name="recurrence"
        options={[{ value: "", label: t("followUp.commitmentForm.none") }, ...RECURRENCES.map((r) => ({ value: r, label: t(`followUp.recurrence.${r}`) }))]}
      />
      {actionPlans.length > 0 ? (
        <SelectField
          label={t("followUp.commitmentForm.actionPlan")}
          name="actionPlanId"
          options={[{ value: "", label: t("followUp.commitmentForm.none") }, ...actionPlans.map((p) => ({ value: p.id, label: p.title }))]}
        />
      ) : (
        <div />
      )}
      <FollowUpFields />
      <PrincipleChoices />
      <div className="md:col-span-2">
        <SubmitButton>{t("followUp.commitmentForm.submit")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
