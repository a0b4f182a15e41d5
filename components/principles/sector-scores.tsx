import { SectorBadge } from "@/components/ui/sector-badge";
import type { Assessment } from "@/lib/domain/principles/assessment";
import { SECTORS, type Sector } from "@/lib/domain/roles";
import type { Translate } from "@/lib/i18n/core";

type Scored = Assessment & { userName?: string };
export type ScoresRow = { public: Scored | null; civil: Scored | null; gap: number | null; disagree: boolean };

/**
 * Both sectors' scores of one principle side by side, with their justifications. A gap of two or
 * more steps is spelled out in words, with a marked border, so it never depends on colour.
 */
export function SectorScores({ row, principle, t }: { row: ScoresRow; principle: string; t: Translate }) {
  return (
    <div>
      <dl className="grid gap-3 sm:grid-cols-2">
        {SECTORS.map((sector: Sector) => {
          const scored = row[sector];
          return (
            <div key={sector} className="rounded-md border border-line p-3" data-testid={`score-${principle}-${sector}`}>
              <dt>
                <SectorBadge sector={sector} label={t(`common.sectors.${sector}`)} />
              </dt>
              <dd className="mt-2 space-y-1 text-sm">
                <p className="text-base font-semibold">{scored ? t("principles.score.of", { score: scored.score }) : t("principles.score.notScored")}</p>
                {scored && <p>{scored.justification}</p>}
                {scored?.userName && <p className="text-xs text-muted">{t("principles.score.by", { name: scored.userName })}</p>}
              </dd>
            </div>
          );
        })}
      </dl>
      {row.disagree && row.gap !== null && (
        <p className="mt-3 rounded-md border-2 border-danger bg-danger-soft px-3 py-2 text-sm font-semibold" data-testid={`disagreement-${principle}`}>
          <span aria-hidden="true">⚠ </span>
          {t("principles.score.disagree", { gap: row.gap })}
        </p>
      )}
    </div>
  );
}
