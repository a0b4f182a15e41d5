"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { useT } from "@/lib/i18n/client";
import { endWorkshopAction } from "@/lib/actions/workshops";

/**
 * Ending a workshop that is part of a compact: the facilitator confirms how many from each sector took
 * part (at most as many as voted); only the confirmed counts go into the participation matrix.
 */
export function EndWorkshopForm({ workshopId, voted }: { workshopId: string; voted: { publicCount: number; civilCount: number } }) {
  const t = useT();
  return (
    <ActionForm action={endWorkshopAction} className="space-y-3" aria-label={t("workshop.console.confirmTitle")}>
      <h3 className="font-semibold">{t("workshop.console.confirmTitle")}</h3>
      <p className="text-sm text-muted">{t("workshop.console.confirmHint", { public: voted.publicCount, civil: voted.civilCount })}</p>
      <input type="hidden" name="workshopId" value={workshopId} />
      <div className="flex flex-wrap gap-3">
        <TextField label={t("workshop.console.confirmPublic")} name="publicCount" type="number" min={0} max={voted.publicCount} defaultValue={String(voted.publicCount)} required />
        <TextField label={t("workshop.console.confirmCivil")} name="civilCount" type="number" min={0} max={voted.civilCount} defaultValue={String(voted.civilCount)} required />
      </div>
      <SubmitButton variant="secondary">{t("workshop.console.end")}</SubmitButton>
    </ActionForm>
  );
}
