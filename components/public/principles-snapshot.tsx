import { FindingList } from "@/components/principles/finding-list";
import { GateStatusPanel } from "@/components/principles/gate-status";
import type { Translate } from "@/lib/i18n/core";
import type { PrincipleSnapshot } from "@/lib/server/queries/principles";

/** The six-principles check as it was frozen when the version went to decision, with any overrides. */
export function PrinciplesSnapshotView({ snapshot, t }: { snapshot: PrincipleSnapshot | null; t: Translate }) {
  if (!snapshot) return <p className="text-muted">{t("public.principles.none")}</p>;
  return (
    <div className="space-y-3">
      <GateStatusPanel gate={snapshot.gate} t={t} />
      <FindingList findings={snapshot.findings} t={t} />
      {snapshot.overrides.length > 0 && (
        <div>
          <h3 className="font-semibold">{t("public.principles.overrides")}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {snapshot.overrides.map((o) => (
              <li key={o.sector}>
                <span className="font-medium">{t(`common.sectors.${o.sector}`)}:</span> {o.motivation}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
