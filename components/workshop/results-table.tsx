import { SECTORS, type Sector } from "@/lib/domain/roles";
import { gapMessageKey, tallyVotes } from "@/lib/domain/workshop";
import { getT } from "@/lib/i18n/server";
import type { LiveStatement } from "@/lib/server/queries/workshops";

const NUMBER = "whitespace-nowrap px-3 py-2 text-right tabular-nums";

/** The results as a table: per statement, yes and no per sector and for everyone, and the gap. */
export async function ResultsTable({ statements }: { statements: LiveStatement[] }) {
  const t = await getT();
  const groups: Array<Sector | "everyone"> = [...SECTORS, "everyone"];
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="results-table">
        <caption className="mb-2 text-left text-base font-semibold">{t("workshop.results.tableTitle")}</caption>
        <thead>
          <tr className="border-b-2 border-ink text-left">
            <th scope="col" className="px-3 py-2">{t("workshop.export.column.statement")}</th>
            <th scope="col" className="px-3 py-2">{t("workshop.results.group")}</th>
            <th scope="col" className={NUMBER}>{t("workshop.export.column.yes")}</th>
            <th scope="col" className={NUMBER}>{t("workshop.export.column.no")}</th>
            <th scope="col" className={NUMBER}>{t("workshop.results.total")}</th>
            <th scope="col" className={NUMBER}>{t("workshop.export.column.yesPercent")}</th>
            <th scope="col" className={NUMBER}>{t("workshop.export.column.noPercent")}</th>
            <th scope="col" className="px-3 py-2">{t("workshop.results.gap")}</th>
          </tr>
        </thead>
        {statements.map((statement) => {
          const tally = tallyVotes(statement.counts);
          return (
            <tbody key={statement.id} className="border-b border-line">
              {groups.map((group, index) => {
                const line = group === "everyone" ? tally.total : tally.bySector[group];
                return (
                  <tr key={group} className={group === "everyone" ? "font-semibold" : undefined}>
                    {index === 0 && (
                      <th scope="rowgroup" rowSpan={groups.length} className="max-w-xs px-3 py-2 text-left align-top font-normal">
                        <span className="font-semibold">{statement.position}.</span> {statement.text}
                        <span className="block text-xs text-muted">{t(`workshop.statementStatus.${statement.status}`)}</span>
                      </th>
                    )}
                    <td className="px-3 py-2">{group === "everyone" ? t("workshop.tally.everyone") : t(`common.sectors.${group}`)}</td>
                    <td className={NUMBER}>{line.yes}</td>
                    <td className={NUMBER}>{line.no}</td>
                    <td className={NUMBER}>{line.total}</td>
                    <td className={NUMBER}>{line.yesPercent} %</td>
                    <td className={NUMBER}>{line.noPercent} %</td>
                    {index === 0 && (
                      <td rowSpan={groups.length} className="px-3 py-2 align-top">
                        {t(gapMessageKey(tally.gap), { points: tally.gap?.points ?? 0 })}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
