import { SectorBadge } from "@/components/ui/sector-badge";
import type { StageBalance } from "@/lib/domain/comment-balance";
import type { Translate } from "@/lib/i18n/core";

/**
 * Comments by sector in each stage of the policy cycle: a table (the figures, for everyone and for
 * screen readers) with a small bar per stage as decoration, and stages one sector alone commented on
 * flagged in words.
 */
export function StageBalanceTable({ rows, t }: { rows: StageBalance[]; t: Translate }) {
  const most = Math.max(1, ...rows.map((row) => row.total));
  return (
    <section aria-labelledby="comment-stage-balance-title" className="mt-4" data-testid="comment-stage-balance">
      <h3 id="comment-stage-balance-title" className="text-base font-semibold">
        {t("comments.stageBalance.title")}
      </h3>
      <p className="mb-2 text-sm text-muted">{t("comments.stageBalance.description")}</p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("comments.stageBalance.caption")}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1 pr-2 font-medium">{t("comments.stageBalance.stage")}</th>
              <th scope="col" className="py-1 pr-2 font-medium">
                <SectorBadge sector="public" label={t("common.sectors.public")} />
              </th>
              <th scope="col" className="py-1 pr-2 font-medium">
                <SectorBadge sector="civil" label={t("common.sectors.civil")} />
              </th>
              <th scope="col" className="py-1 pr-2 font-medium">{t("comments.stageBalance.share")}</th>
              <th scope="col" className="py-1 font-medium">{t("comments.stageBalance.note")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.stage} className="border-b border-line last:border-0" data-testid={`stage-balance-${row.stage}`}>
                <th scope="row" className="py-1 pr-2 font-medium">{t(`lifecycle.stage.${row.stage}`)}</th>
                <td className="py-1 pr-2 tabular-nums">{row.counts.public}</td>
                <td className="py-1 pr-2 tabular-nums">{row.counts.civil}</td>
                <td className="py-1 pr-2">
                  {/* Decoration: the figures are in the cells beside it. Bar length follows the stage's total. */}
                  <div className="flex h-3 w-24 overflow-hidden rounded bg-surface" aria-hidden="true">
                    <div className="bg-public" style={{ width: `${(row.counts.public / most) * 100}%` }} />
                    <div className="bg-civil" style={{ width: `${(row.counts.civil / most) * 100}%` }} />
                  </div>
                </td>
                <td className="py-1">
                  {row.oneSided ? (
                    <span className="font-medium text-danger" data-testid="stage-one-sided">
                      ⚠ {t("comments.stageBalance.oneSided", { sector: t(`common.sectors.${row.oneSided}`) })}
                    </span>
                  ) : row.total === 0 ? (
                    <span className="text-muted">{t("comments.stageBalance.noComments")}</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
