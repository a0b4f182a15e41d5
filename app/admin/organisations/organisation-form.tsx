"use client";
import { ActionForm, SubmitButton, type FormAction } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { ORGANISATION_KINDS, SECTORS } from "@/lib/domain/roles";
import { useT } from "@/lib/i18n/client";
import type { OrganisationRow } from "@/lib/server/queries/admin";
import { createOrganisationAction, updateOrganisationAction } from "@/lib/actions/organisations";

/** Create (no organisation given) or edit an organisation. */
export function OrganisationForm({ organisation }: { organisation?: OrganisationRow }) {
  const t = useT();
  const action: FormAction = organisation ? updateOrganisationAction : createOrganisationAction;
  return (
    <ActionForm
      action={action}
      successMessage={t(organisation ? "admin.organisations.updated" : "admin.organisations.created")}
      className="grid gap-4 md:grid-cols-3"
    >
      {organisation && <input type="hidden" name="id" value={organisation.id} />}
      <TextField label={t("admin.organisations.name")} name="name" defaultValue={organisation?.name} required />
      <SelectField
        label={t("admin.organisations.sector")}
        name="sector"
        defaultValue={organisation?.sector ?? "civil"}
        options={SECTORS.map((sector) => ({ value: sector, label: t(`common.sectors.${sector}`) }))}
      />
      <SelectField
        label={t("admin.organisations.kind")}
        name="kind"
        defaultValue={organisation?.kind ?? "association"}
        options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`common.kinds.${kind}`) }))}
      />
      <div className="md:col-span-3">
        <TextAreaField label={t("admin.organisations.description_")} name="description" defaultValue={organisation?.description} />
      </div>
      <div className="md:col-span-3">
        <SubmitButton>{organisation ? t("common.save") : t("admin.organisations.create")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
