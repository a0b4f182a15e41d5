import Papa from "papaparse";
import { SECTORS } from "@/lib/domain/roles";
import { tallyVotes, type ShareLine } from "@/lib/domain/workshop";
import type { Translate } from "@/lib/i18n/core";
import type { WorkshopResults } from "@/lib/server/queries/workshops";

/**
 * The results as CSV: one row per statement and group (each sector, then everyone), with counts,
 * percentages and, on the "everyone" row, the gap between the sectors. Semicolons and a byte-order
 * mark, because that is what Excel with Swedish settings opens without an import dialog. Cells that
 * a spreadsheet would run as a formula (=, +, -, @) are escaped.
 */
export function resultsCsv({ snapshot }: WorkshopResults, t: Translate): string {
  const fields = ["number", "statement", "status", "group", "yes", "no", "total", "yesPercent", "noPercent", "gap"].map((key) =>
    t(`workshop.export.column.${key}`),
  );
  const data = snapshot.statements.flatMap((statement) => {
    const tally = tallyVotes(statement.counts);
    const row = (group: string, line: ShareLine, gap: string) => [
      statement.position,
      statement.text,
      t(`workshop.statementStatus.${statement.status}`),
      group,
      line.yes,
      line.no,
      line.total,
      line.yesPercent,
      line.noPercent,
      gap,
    ];
    return [
      ...SECTORS.map((sector) => row(t(`common.sectors.${sector}`), tally.bySector[sector], "")),
      row(t("workshop.tally.everyone"), tally.total, tally.gap ? String(tally.gap.points) : ""),
    ];
  });
  return `\uFEFF${Papa.unparse({ fields, data }, { delimiter: ";", escapeFormulae: true, newline: "\r\n" })}\r\n`;
}
