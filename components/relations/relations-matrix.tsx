import { Card } from "@/components/ui/card";
import type { RelationsMatrix as Matrix } from "@/lib/domain/relations";
import type { Translate } from "@/lib/i18n/core";
import { cn } from "@/components/ui/cn";

/** Cell shades from few to many relations; the number is always written in the cell as well. */
function shade(count: number, max: number): string {
  if (count === 0) return "text-muted";
  const level = max <= 1 ? 3 : Math.ceil((count / max) * 3);
  return ["", "bg-public-soft text-ink", "bg-[#b9d3f0] text-ink", "bg-brand text-white font-semibold"][level]!;
}

/**
 * Committees × organisations as a table. A wide matrix scrolls sideways inside its own focusable
 * region, with the organisation column kept in view.
 */
export function RelationsMatrixTable({ matrix, t }: { matrix: Matrix; t: Translate }) {
  const columnName = (name: string | null) => name ?? t("relations.charts.noCommittee");
  return (
    <Card>
      <h2 id="matrix-title" className="text-lg font-semibold">
        {t("relations.matrix.title")}
      </h2>
      <p className="mb-4 text-sm text-muted">{t("relations.matrix.description")}</p>
      {matrix.rows.length === 0 ? (
        <p className="text-muted">{t("relations.matrix.none")}</p>
      ) : (
        <div role="region" aria-labelledby="matrix-title" tabIndex={0} className="overflow-x-auto rounded-md border border-line">
          <table className="w-full border-collapse text-sm" data-testid="relations-matrix">
            <thead className="bg-surface">
              <tr>
                <th scope="col" className="sticky left-0 z-[1] min-w-[12rem] bg-surface px-3 py-2 text-left font-semibold">
                  {t("relations.matrix.organisation")}
                </th>
                {matrix.columns.map((column) => (
                  <th key={column.committeeId ?? "none"} scope="col" className="min-w-[7rem] px-2 py-2 text-center font-semibold">
                    {columnName(column.name)}
                  </th>
                ))}
                <th scope="col" className="px-3 py-2 text-right font-semibold">
                  {t("relations.matrix.total")}
                </th>
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((row) => (
                <tr key={row.organisation.id} className="border-t border-line" data-testid={`matrix-row-${row.organisation.name}`}>
                  <th scope="row" className="sticky left-0 z-[1] bg-white px-3 py-2 text-left font-medium">
                    {row.organisation.name}
                  </th>
                  {row.cells.map((count, index) => (
                    <td key={matrix.columns[index]!.committeeId ?? "none"} className="p-1 text-center">
                      <span className={cn("mx-auto flex min-h-8 w-12 items-center justify-center rounded tabular-nums", shade(count, matrix.max))}>{count}</span>
                    </td>
                  ))}
                  <td className="px-3 py-2 text-right font-semibold tabular-nums" data-testid="matrix-total">
                    {row.total}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-line bg-surface">
                <th scope="row" className="sticky left-0 z-[1] bg-surface px-3 py-2 text-left font-semibold">
                  {t("relations.matrix.total")}
                </th>
                {matrix.columnTotals.map((total, index) => (
                  <td key={matrix.columns[index]!.committeeId ?? "none"} className="px-2 py-2 text-center font-semibold tabular-nums">
                    {total}
                  </td>
                ))}
                <td className="px-3 py-2 text-right font-semibold tabular-nums">{matrix.columnTotals.reduce((a, b) => a + b, 0)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </Card>
  );
}
