"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/field";
import { ROLES, type Sector } from "@/lib/domain/roles";
import { useT } from "@/lib/i18n/client";
import { inviteUserAction } from "@/lib/actions/users";

export function InviteUserForm({ organisations }: { organisations: { id: string; name: string; sector: Sector }[] }) {
  const t = useT();
  return (
    <ActionForm action={inviteUserAction} successMessage={t("admin.users.invited")} className="grid gap-4 md:grid-cols-2">
      <TextField label={t("admin.users.name")} name="name" required autoComplete="off" />
      <TextField label={t("admin.users.email")} name="email" type="email" required autoComplete="off" />
      <SelectField
        label={t("admin.users.organisation")}
        name="organisationId"
        options={organisations.map((o) => ({ value: o.id, label: `${o.name} (${t(`common.sectors.${o.sector}`)})` }))}
      />
      <SelectField label={t("admin.users.role")} name="role" options={ROLES.map((role) => ({ value: role, label: t(`common.roles.${role}`) }))} />
      <div className="md:col-span-2">
        <SubmitButton>{t("admin.users.inviteSubmit")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
