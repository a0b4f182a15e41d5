// The self-contained build: it carries the standard fonts' metrics inside, where the regular build reads
// them from files next to itself, which are not there once the route is bundled.
import PDFDocument from "pdfkit/js/pdfkit.standalone";
import { SECTORS } from "@/lib/domain/roles";
import { formatJoinCode, gapMessageKey, tallyVotes, type ShareLine } from "@/lib/domain/workshop";
import type { Translate } from "@/lib/i18n/core";
import type { WorkshopResults } from "@/lib/server/queries/workshops";
import { collectPdf } from "./pdf";

const MARGIN = 50;
const COLUMNS = [0, 190, 250, 310, 370, 430] as const;

function tableRow(doc: PDFKit.PDFDocument, cells: readonly (string | number)[], bold = false): void {
  if (doc.y > doc.page.height - MARGIN - 20) doc.addPage();
  const y = doc.y;
  doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(10);
  cells.forEach((cell, index) => doc.text(String(cell), MARGIN + COLUMNS[index]!, y, { width: 180, lineBreak: false }));
  doc.x = MARGIN;
  doc.y = y + 15;
}

/**
 * The results for the minutes: per statement, a table of yes and no per sector and in total, and the
 * gap between the sectors. Helvetica (built into every PDF reader) covers å, ä and ö.
 */
export function resultsPdf({ workshop, snapshot }: WorkshopResults, t: Translate, locale: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, info: { Title: workshop.title } });
  const done = collectPdf(doc);
  const date = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { dateStyle: "long" });
  doc.font("Helvetica-Bold").fontSize(18).text(workshop.title);
  doc.moveDown(0.3).font("Helvetica").fontSize(10);
  if (workshop.startedAt) doc.text(t("workshop.export.held", { date: date.format(workshop.startedAt) }));
  if (workshop.compact) doc.text(t("workshop.export.compact", { title: workshop.compact.title }));
  doc.text(t("workshop.export.code", { code: formatJoinCode(workshop.joinCode) }));
  doc.text(
    t("workshop.export.participants", {
      public: snapshot.participants.public,
      civil: snapshot.participants.civil,
    }),
  );
  for (const statement of snapshot.statements) {
    const tally = tallyVotes(statement.counts);
    if (doc.y > doc.page.height - MARGIN - 120) doc.addPage();
    doc.moveDown(1).font("Helvetica-Bold").fontSize(12).text(`${statement.position}. ${statement.text}`, MARGIN, doc.y, { width: 495 });
    doc.moveDown(0.3);
    tableRow(doc, ["", t("common.yes"), t("common.no"), t("workshop.export.column.total"), t("workshop.export.column.yesPercent"), t("workshop.export.column.noPercent")], true);
    const line = (label: string, share: ShareLine) => tableRow(doc, [label, share.yes, share.no, share.total, `${share.yesPercent} %`, `${share.noPercent} %`]);
    for (const sector of SECTORS) line(t(`common.sectors.${sector}`), tally.bySector[sector]);
    line(t("workshop.tally.everyone"), tally.total);
    doc.font("Helvetica").fontSize(10).text(t(gapMessageKey(tally.gap), { points: tally.gap?.points ?? 0 }), MARGIN);
  }
  doc.end();
  return done;
}
