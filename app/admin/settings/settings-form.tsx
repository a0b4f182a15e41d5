"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/field";
import { LOCALES } from "@/lib/i18n/core";
import { useT } from "@/lib/i18n/client";
import type { MunicipalityDto } from "@/lib/server/queries/admin";
import { updateSettingsAction } from "@/lib/actions/settings";

export function SettingsForm({ municipality }: { municipality: MunicipalityDto }) {
  const t = useT();
  return (
    <ActionForm action={updateSettingsAction} successMessage={t("admin.settings.saved")}>
      <TextField label={t("admin.settings.name")} name="name" defaultValue={municipality.name} required />
      <TextField label={t("admin.settings.logoText")} hint={t("admin.settings.logoHint")} name="logoText" defaultValue={municipality.logoText} />
      <SelectField
        label={t("admin.settings.defaultLocale")}
        name="defaultLocale"
        defaultValue={municipality.defaultLocale}
        options={LOCALES.map((locale) => ({ value: locale, label: t(`common.languageName.${locale}`) }))}
      />
      <SubmitButton>{t("common.save")}</SubmitButton>
    </ActionForm>
  );
}
