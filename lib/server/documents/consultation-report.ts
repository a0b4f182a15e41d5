// The self-contained pdfkit build (see workshops/export-pdf.ts): it carries the standard fonts inside.
import PDFDocument from "pdfkit/js/pdfkit.standalone";
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { COMMENT_OUTCOMES } from "@/lib/domain/comments";
import { SECTORS } from "@/lib/domain/roles";
import type { Translate } from "@/lib/i18n/core";
import type { ConsultationReport, ReportEntry } from "@/lib/server/queries/comments";
import { collectPdf } from "./pdf";

/**
 * The consultation report as PDF and as Word: the same lines in the same order as the page, built
 * from one list of blocks so the two files cannot drift apart.
 */
type Block =
  | { kind: "title" | "heading" | "subheading" | "text" | "muted"; text: string }
  | { kind: "table"; rows: string[][] };

function dateFormat(locale: string) {
  return new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { dateStyle: "long" });
}

function entryBlocks(entry: ReportEntry, t: Translate): Block[] {
  const blocks: Block[] = [{ kind: "subheading", text: `${entry.organisation} (${t(`common.sectors.${entry.sector}`)}) — ${entry.author}` }];
  if (entry.quote) blocks.push({ kind: "muted", text: t("comments.report.quote", { quote: entry.quote }) });
  blocks.push({ kind: "text", text: entry.body });
  if (entry.joint) blocks.push({ kind: "muted", text: t("comments.report.jointBy", { names: entry.signatories.map((s) => `${s.name}, ${s.organisation}`).join("; ") }) });
  const outcome = t(`comments.response.outcomes.${entry.outcome ?? "unanswered"}`);
  blocks.push({ kind: "text", text: `${t("comments.report.outcome")}: ${outcome}. ${entry.motivation || t("comments.report.noMotivation")}` });
  return blocks;
}

export function reportBlocks(report: ConsultationReport, t: Translate, locale: string): Block[] {
  const date = dateFormat(locale);
  const blocks: Block[] = [
    { kind: "title", text: t("comments.report.title") },
    { kind: "text", text: t("comments.report.subtitle", { title: report.compactTitle, version: report.versionNumber }) },
    { kind: "text", text: t("comments.report.period", { from: date.format(new Date(report.openedAt)), to: date.format(new Date(report.closedAt)) }) },
    {
      kind: "text",
      text: t("comments.report.invited", {
        audience: [t(`comments.round.audienceOptions.${report.audience}`), ...report.organisations].join(", "),
      }),
    },
    { kind: "heading", text: t("comments.report.totals") },
    {
      kind: "table",
      rows: [
        [t("comments.report.outcome"), ...SECTORS.map((s) => t(`common.sectors.${s}`)), t("comments.report.total")],
        ...[...COMMENT_OUTCOMES, "unanswered" as const].map((outcome) => [
          t(`comments.response.outcomes.${outcome}`),
          ...SECTORS.map((s) => String(report.totals.matrix[outcome][s])),
          String(report.totals.byOutcome[outcome]),
        ]),
        [t("comments.report.total"), ...SECTORS.map((s) => String(report.totals.bySector[s])), String(report.totals.total)],
      ],
    },
  ];
  if (report.sections.length === 0) blocks.push({ kind: "muted", text: t("comments.report.empty") });
  for (const group of report.sections) {
    blocks.push({ kind: "heading", text: group.section || t("comments.report.wholeCompact") });
    for (const entry of group.items) blocks.push(...entryBlocks(entry, t));
  }
  return blocks;
}

const MARGIN = 50;

export function reportPdf(report: ConsultationReport, t: Translate, locale: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, info: { Title: `${t("comments.report.title")} — ${report.compactTitle}` } });
  const done = collectPdf(doc);
  const width = doc.page.width - 2 * MARGIN;
  for (const block of reportBlocks(report, t, locale)) {
    if (doc.y > doc.page.height - MARGIN - 60) doc.addPage();
    if (block.kind === "table") {
      const column = width / block.rows[0]!.length;
      block.rows.forEach((row, index) => {
        const y = doc.y;
        doc.font(index === 0 ? "Helvetica-Bold" : "Helvetica").fontSize(10);
        row.forEach((cell, i) => doc.text(cell, MARGIN + i * column, y, { width: column - 6, lineBreak: false }));
        doc.x = MARGIN;
        doc.y = y + 15;
      });
      doc.moveDown(0.5);
      continue;
    }
    const style = { title: ["Helvetica-Bold", 18], heading: ["Helvetica-Bold", 14], subheading: ["Helvetica-Bold", 11], text: ["Helvetica", 10], muted: ["Helvetica-Oblique", 10] } as const;
    const [font, size] = style[block.kind];
    if (block.kind === "heading") doc.moveDown(0.8);
    if (block.kind === "subheading") doc.moveDown(0.4);
    doc.font(font).fontSize(size).text(block.text, MARGIN, doc.y, { width });
  }
  doc.end();
  return done;
}

export async function reportDocx(report: ConsultationReport, t: Translate, locale: string): Promise<Buffer> {
  const children: (Paragraph | Table)[] = reportBlocks(report, t, locale).map((block) => {
    if (block.kind === "table") {
      return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: block.rows.map(
          (row, index) => new TableRow({ tableHeader: index === 0, children: row.map((cell) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: cell, bold: index === 0 })] })] })) }),
        ),
      });
    }
    const heading = { title: HeadingLevel.TITLE, heading: HeadingLevel.HEADING_1, subheading: HeadingLevel.HEADING_2 } as const;
    return new Paragraph({
      ...(block.kind in heading ? { heading: heading[block.kind as keyof typeof heading] } : {}),
      children: [new TextRun({ text: block.text, italics: block.kind === "muted" })],
    });
  });
  const document = new Document({ creator: "Överens", title: t("comments.report.title"), sections: [{ children }] });
  return Packer.toBuffer(document);
}
