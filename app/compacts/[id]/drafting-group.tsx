"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { SelectField } from "@/components/ui/field";
import { Badge, SectorBadge } from "@/components/ui/sector-badge";
import type { OrganisationKind, Sector } from "@/lib/domain/roles";
import { useT } from "@/lib/i18n/client";
import { addToDraftingGroupAction, removeFromDraftingGroupAction } from "@/lib/actions/compacts";

type Organisation = { id: string; name: string; sector: Sector; kind: OrganisationKind };

export function DraftingGroup({
  compactId,
  members,
  others,
  mayManage,
}: {
  compactId: string;
  members: Organisation[];
  others: Organisation[];
  mayManage: boolean;
}) {
  const t = useT();
  return (
    <div className="space-y-3">
      {members.length === 0 ? (
        <p className="text-sm text-muted">{t("compactPage.group.empty")}</p>
      ) : (
        <ul className="divide-y divide-line" aria-label={t("compactPage.group.title")}>
          {members.map((o) => (
            <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div>
                <p className="font-medium">{o.name}</p>
                <div className="mt-1 flex flex-wrap gap-1">
                  <SectorBadge sector={o.sector} label={t(`common.sectors.${o.sector}`)} />
                  <Badge>{t(`common.kinds.${o.kind}`)}</Badge>
                </div>
              </div>
              {mayManage && (
                <ActionForm action={removeFromDraftingGroupAction} className="">
                  <input type="hidden" name="compactId" value={compactId} />
                  <input type="hidden" name="organisationId" value={o.id} />
                  <ConfirmButton
                    title={t("compactPage.group.removeTitle", { name: o.name })}
                    description={t("compactPage.group.removeBody")}
                    confirmLabel={t("compactPage.group.remove")}
                  >
                    {t("compactPage.group.remove")}
                  </ConfirmButton>
                </ActionForm>
              )}
            </li>
          ))}
        </ul>
      )}
      {mayManage && others.length > 0 && (
        <ActionForm action={addToDraftingGroupAction} successMessage={t("compactPage.group.added")} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="compactId" value={compactId} />
          <SelectField
            label={t("compactPage.group.addLabel")}
            name="organisationId"
            options={others.map((o) => ({ value: o.id, label: `${o.name} (${t(`common.sectors.${o.sector}`)})` }))}
          />
          <SubmitButton variant="secondary">{t("compactPage.group.add")}</SubmitButton>
        </ActionForm>
      )}
    </div>
  );
}
