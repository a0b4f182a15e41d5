import { Card } from "@/components/ui/card";
import { FindingList } from "@/components/principles/finding-list";
import { SectorScores, type ScoresRow } from "@/components/principles/sector-scores";
import type { Finding, Principle } from "@/lib/domain/principles/rules";
import type { Sector } from "@/lib/domain/roles";
import type { Translate } from "@/lib/i18n/core";
import { AssessForm } from "./forms";

/** One principle: its automatic findings, both sectors' scores, and the actor's own scoring form. */
export function PrincipleSection({
  compactId,
  version,
  principle,
  findings,
  scores,
  assessAs,
  t,
}: {
  compactId: string;
  version: number;
  principle: Principle;
  findings: Finding[];
  scores: ScoresRow;
  /** The actor's sector when they may score, else null. */
  assessAs: Sector | null;
  t: Translate;
}) {
  const own = assessAs ? scores[assessAs] : null;
  return (
    <Card>
      <section aria-labelledby={`principle-${principle}`} data-testid={`principle-${principle}`} className="space-y-4">
        <div>
          <h2 id={`principle-${principle}`} className="text-lg font-semibold">
            {t(`principles.name.${principle}`)}
          </h2>
          <p className="text-sm text-muted">{t(`principles.gist.${principle}`)}</p>
        </div>
        <div>
          <h3 className="mb-2 font-semibold">{t("principles.page.findings")}</h3>
          <FindingList findings={findings} t={t} />
        </div>
        <div>
          <h3 className="mb-2 font-semibold">{t("principles.page.scores")}</h3>
          <SectorScores row={scores} principle={principle} t={t} />
        </div>
        {assessAs && (
          <details className="rounded-md border border-line p-3">
            <summary className="cursor-pointer font-medium">{t("principles.assess.title", { sector: t(`common.sectors.${assessAs}`) })}</summary>
            <div className="mt-3">
              <AssessForm compactId={compactId} version={version} principle={principle} sector={assessAs} score={own?.score ?? null} justification={own?.justification ?? ""} />
            </div>
          </details>
        )}
      </section>
    </Card>
  );
}
