import { isDisagreement, type ChartRow } from "@/lib/domain/principles/assessment";
import type { Translate } from "@/lib/i18n/core";

/** The chart's figures as a table: the accessible alternative, and a plain record to read. */
export function PrinciplesTable({ rows, currentVersion, previousVersion, t }: { rows: ChartRow[]; currentVersion: number; previousVersion: number | null; t: Translate }) {
  const series = (sector: "public" | "civil", version: number) => t("principles.chart.series", { sector: t(`common.sectors.${sector}`), version });
  const cell = (value: number | null) => (value === null ? t("principles.chart.none") : String(value));
  const gapText = (row: ChartRow) => {
    if (row.publicCurrent === null || row.civilCurrent === null) return t("principles.chart.none");
    const gap = Math.abs(row.publicCurrent - row.civilCurrent);
    return isDisagreement(row.publicCurrent, row.civilCurrent) ? t("principles.chart.disagree", { gap }) : t("principles.chart.agree", { gap });
  };
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="principles-table">
        <caption className="mb-2 text-left text-muted">{t("principles.chart.caption")}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-1 pr-3">{t("principles.chart.principle")}</th>
            <th scope="col" className="py-1 pr-3">{series("public", currentVersion)}</th>
            <th scope="col" className="py-1 pr-3">{series("civil", currentVersion)}</th>
            {previousVersion !== null && <th scope="col" className="py-1 pr-3">{series("public", previousVersion)}</th>}
            {previousVersion !== null && <th scope="col" className="py-1 pr-3">{series("civil", previousVersion)}</th>}
            <th scope="col" className="py-1">{t("principles.chart.gap", { version: currentVersion })}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.principle} className="border-b border-line">
              <th scope="row" className="py-1 pr-3 font-medium">{t(`principles.name.${row.principle}`)}</th>
              <td className="py-1 pr-3">{cell(row.publicCurrent)}</td>
              <td className="py-1 pr-3">{cell(row.civilCurrent)}</td>
              {previousVersion !== null && <td className="py-1 pr-3">{cell(row.publicPrevious)}</td>}
              {previousVersion !== null && <td className="py-1 pr-3">{cell(row.civilPrevious)}</td>}
              <td className="py-1">{gapText(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {previousVersion === null && <p className="mt-2 text-sm text-muted">{t("principles.chart.noPrevious")}</p>}
    </div>
  );
}
