"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { SelectField } from "@/components/ui/field";
import { ROLES } from "@/lib/domain/roles";
import { useT } from "@/lib/i18n/client";
import type { UserRow } from "@/lib/server/queries/admin";
import { changeRoleAction, setUserActiveAction } from "@/lib/actions/users";

export function UserActions({ user }: { user: UserRow }) {
  const t = useT();
  return (
    <div className="flex flex-wrap items-end gap-3">
      <ActionForm action={changeRoleAction} className="flex items-end gap-2" aria-label={t("admin.users.changeRole")}>
        <input type="hidden" name="userId" value={user.id} />
        <SelectField
          label={t("admin.users.role")}
          name="role"
          defaultValue={user.role}
          options={ROLES.map((role) => ({ value: role, label: t(`common.roles.${role}`) }))}
        />
        <SubmitButton variant="secondary">{t("admin.users.changeRole")}</SubmitButton>
      </ActionForm>
      <ActionForm action={setUserActiveAction} className="flex items-end">
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="active" value={user.active ? "false" : "true"} />
        {user.active ? (
          <ConfirmButton
            title={t("admin.users.deactivateTitle", { name: user.name })}
            description={t("admin.users.deactivateBody", { name: user.name })}
            confirmLabel={t("admin.users.deactivate")}
          >
            {t("admin.users.deactivate")}
          </ConfirmButton>
        ) : (
          <SubmitButton variant="secondary">{t("admin.users.activate")}</SubmitButton>
        )}
      </ActionForm>
    </div>
  );
}
