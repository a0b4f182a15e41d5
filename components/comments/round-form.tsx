"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/field";
import { ROUND_AUDIENCES } from "@/lib/domain/comments";
import type { Sector } from "@/lib/domain/roles";
import { useT } from "@/lib/i18n/client";
import { closeCommentRoundAction, openCommentRoundAction } from "@/lib/actions/comments";
import { ButtonForm } from "@/components/ui/button-form";

/** An official opens a comment round: the last day and who may take part (named organisations by checkbox). */
export function OpenRoundForm({ compactId, version, organisations }: { compactId: string; version: number; organisations: { id: string; name: string; sector: Sector }[] }) {
  const t = useT();
  return (
    <ActionForm action={openCommentRoundAction} successMessage={t("comments.round.opened")} aria-label={t("comments.round.openTitle", { version })}>
      <h3 className="font-semibold">{t("comments.round.openTitle", { version })}</h3>
      <input type="hidden" name="compactId" value={compactId} />
      <TextField label={t("comments.round.endsAt")} name="endsAt" type="date" />
      <SelectField
        label={t("comments.round.audience")}
        name="audience"
        defaultValue="municipality"
        options={ROUND_AUDIENCES.map((audience) => ({ value: audience, label: t(`comments.round.audienceOptions.${audience}`) }))}
      />
      <fieldset className="space-y-1 text-sm">
        <legend className="font-medium">{t("comments.round.organisations")}</legend>
        {organisations.map((organisation) => (
          <label key={organisation.id} className="flex items-center gap-2">
            <input type="checkbox" name="organisationIds" value={organisation.id} />
            {organisation.name} ({t(`common.sectors.${organisation.sector}`)})
          </label>
        ))}
      </fieldset>
      <SubmitButton>{t("comments.round.openAction")}</SubmitButton>
    </ActionForm>
  );
}

export function CloseRoundButton({ compactId, roundId }: { compactId: string; roundId: string }) {
  const t = useT();
  return (
    <ButtonForm action={closeCommentRoundAction} fields={{ compactId, roundId }} confirm={{ title: t("comments.round.closeTitle"), description: t("comments.round.closeDescription"), confirmLabel: t("comments.round.close") }}>{t("comments.round.close")}</ButtonForm>
  );
}
