"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import type { Principle } from "@/lib/domain/principles/rules";
import type { Sector } from "@/lib/domain/roles";
import { useT } from "@/lib/i18n/client";
import { assessPrincipleAction, recordPrincipleOverrideAction } from "@/lib/actions/principles";

const SCORES = ["1", "2", "3", "4", "5"] as const;

/** The actor's sector scores one principle; scoring again replaces the sector's earlier score. */
export function AssessForm({
  compactId,
  version,
  principle,
  sector,
  score,
  justification,
}: {
  compactId: string;
  version: number;
  principle: Principle;
  sector: Sector;
  score: number | null;
  justification: string;
}) {
  const t = useT();
  const sectorName = t(`common.sectors.${sector}`);
  return (
    <ActionForm action={assessPrincipleAction} successMessage={t("principles.assess.saved")} aria-label={t("principles.assess.title", { sector: sectorName })}>
      <input type="hidden" name="compactId" value={compactId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="principle" value={principle} />
      <SelectField
        label={t("principles.assess.score")}
        hint={t("principles.score.legend")}
        name="score"
        defaultValue={String(score ?? 3)}
        options={SCORES.map((value) => ({ value, label: t(`principles.assess.option.${value}`) }))}
      />
      <TextAreaField label={t("principles.assess.justification")} hint={t("principles.assess.justificationHint")} name="justification" defaultValue={justification} rows={2} />
      <SubmitButton variant="secondary">{t("principles.assess.save")}</SubmitButton>
    </ActionForm>
  );
}

/** The actor's sector lets this version go to decision despite its blocking findings. */
export function OverrideForm({ compactId, version, sector }: { compactId: string; version: number; sector: Sector }) {
  const t = useT();
  const sectorName = t(`common.sectors.${sector}`);
  return (
    <ActionForm action={recordPrincipleOverrideAction} successMessage={t("principles.override.saved")}>
      <input type="hidden" name="compactId" value={compactId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField label={t("principles.override.motivation", { sector: sectorName })} name="motivation" rows={3} />
      <ConfirmButton
        title={t("principles.override.confirmTitle")}
        description={t("principles.override.confirmBody")}
        confirmLabel={t("principles.override.submit")}
        variant="primary"
      >
        {t("principles.override.submit")}
      </ConfirmButton>
    </ActionForm>
  );
}
