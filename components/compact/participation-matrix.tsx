import { useId } from "react";
import type { MatrixCell, MatrixRow, ParticipationMatrix as Matrix } from "@/lib/domain/participation";
import { isOptionalParticipationLevel } from "@/lib/domain/stages";
import type { Translate } from "@/lib/i18n/core";
import { ReachedCell } from "./participation-cell";

/**
 * The participation matrix as a real table: one row per stage, one column per level. A reached cell
 * holds a button whose details (methods, participants per sector) show on hover and focus; the
 * table itself is rendered on the server. Wide tables scroll sideways inside their own region
 * rather than squeezing the text on small screens.
 */
export function ParticipationMatrix({ matrix, t }: { matrix: Matrix; t: Translate }) {
  const captionId = useId();
  return (
    <div>
      <div
        role="region"
        aria-labelledby={captionId}
        // Focusable so keyboard users can scroll the table sideways on narrow screens. The scroll
        // padding matches the sticky stage column (9rem whenever the table overflows), so a focused
        // cell is never scrolled in underneath it.
        tabIndex={0}
        className="relative scroll-pl-[9.5rem] overflow-x-auto rounded-lg border border-line bg-white"
      >
        <table className="w-full border-collapse text-sm">
          <caption id={captionId} className="border-b border-line px-4 py-3 text-left font-medium">
            {t("lifecycle.matrix.caption")}
          </caption>
          <thead className="bg-surface">
            <tr>
              <th scope="col" className="sticky left-0 z-[1] min-w-[9rem] bg-surface px-3 py-2 text-left font-semibold">
                {t("lifecycle.matrix.stageColumn")}
              </th>
              {matrix.levels.map((level) => (
                <th key={level} scope="col" className="min-w-[6rem] px-2 py-2 text-center font-semibold">
                  {t(`lifecycle.level.${level}`)}
                  {isOptionalParticipationLevel(level) && (
                    <span className="block text-xs font-normal text-muted">({t("lifecycle.matrix.optional")})</span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <MatrixTableRow key={row.stage} row={row} t={t} />
            ))}
          </tbody>
        </table>
      </div>
      <Legend t={t} />
    </div>
  );
}

function MatrixTableRow({ row, t }: { row: MatrixRow; t: Translate }) {
  const stageName = t(`lifecycle.stage.${row.stage}`);
  return (
    <tr className="border-t border-line">
      {/* Sticky, so the stage stays in view while the levels scroll sideways on a narrow screen. */}
      <th scope="row" className="sticky left-0 z-[1] bg-white px-3 py-2 text-left align-top">
        <span className="font-semibold">{stageName}</span>
        <span className="block text-xs font-normal text-muted">
          {row.highestLevel
            ? t("lifecycle.matrix.highest", { level: t(`lifecycle.level.${row.highestLevel}`) })
            : t("lifecycle.matrix.nothingRecorded")}
        </span>
      </th>
      {row.cells.map((cell) => (
        <td key={cell.level} className="p-1.5 text-center align-middle">
          {cell.reached ? <ReachedCell {...reachedCellText(cell, stageName, t)} /> : <NotReached t={t} />}
        </td>
      ))}
    </tr>
  );
}

function reachedCellText(cell: MatrixCell, stageName: string, t: Translate) {
  const levelName = t(`lifecycle.level.${cell.level}`);
  return {
    label: `${t("lifecycle.matrix.reached")}: ${stageName}, ${levelName}`,
    heading: `${stageName} · ${levelName}`,
    methodsLabel: t("lifecycle.matrix.methods"),
    methods: cell.methods.map((method) => t(`lifecycle.method.${method}`)),
    publicCount: t("lifecycle.matrix.publicCount", { count: cell.publicCount }),
    civilCount: t("lifecycle.matrix.civilCount", { count: cell.civilCount }),
  };
}

function NotReached({ t }: { t: Translate }) {
  return (
    <span className="flex min-h-10 items-center justify-center rounded-md border border-dashed border-line text-muted">
      <span aria-hidden="true">–</span>
      <span className="sr-only">{t("lifecycle.matrix.notReached")}</span>
    </span>
  );
}

/** What the two kinds of cell mean, for sighted readers; screen readers get it from each cell. */
function Legend({ t }: { t: Translate }) {
  return (
    <ul aria-hidden="true" className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-muted">
      <li className="flex items-center gap-2">
        <span className="flex size-6 items-center justify-center rounded bg-brand text-xs font-bold text-white">✓</span>
        {t("lifecycle.matrix.reached")}
      </li>
      <li className="flex items-center gap-2">
        <span className="flex size-6 items-center justify-center rounded border border-dashed border-line">–</span>
        {t("lifecycle.matrix.notReached")}
      </li>
    </ul>
  );
}
