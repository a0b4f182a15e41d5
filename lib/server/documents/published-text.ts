// The self-contained pdfkit build: it carries the standard fonts' metrics inside (see workshops/export-pdf).
import PDFDocument from "pdfkit/js/pdfkit.standalone";
import type { DocNode } from "@/lib/domain/document";
import type { Translate } from "@/lib/i18n/core";
import { renderDocx } from "@/lib/server/documents/docx-render";
import { collectPdf } from "./pdf";

const MARGIN = 60;

/** The text of an inline run, marks dropped (bold/italic become plain text in this simple layout). */
function inlineText(node: DocNode): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  return (node.content ?? []).map(inlineText).join("");
}

function block(pdf: PDFKit.PDFDocument, node: DocNode, indent: number, bullet: string | null): void {
  switch (node.type) {
    case "heading": {
      const level = Math.min(Math.max(Number(node.attrs?.level) || 2, 2), 4);
      pdf.moveDown(0.6).font("Helvetica-Bold").fontSize(level === 2 ? 15 : level === 3 ? 13 : 11.5).text(inlineText(node), MARGIN + indent);
      pdf.moveDown(0.2);
      return;
    }
    case "paragraph":
      pdf.font("Helvetica").fontSize(11).text(`${bullet ?? ""}${inlineText(node)}`, MARGIN + indent, undefined, { align: "left", lineGap: 2 });
      pdf.moveDown(0.4);
      return;
    case "bulletList":
    case "orderedList":
      (node.content ?? []).forEach((item, index) => {
        const mark = node.type === "orderedList" ? `${index + 1}. ` : "• ";
        (item.content ?? []).forEach((child, i) => block(pdf, child, indent + 14, i === 0 ? mark : null));
      });
      return;
    case "blockquote":
      (node.content ?? []).forEach((child) => block(pdf, child, indent + 20, null));
      return;
    case "table":
      for (const row of node.content ?? []) {
        const cells = (row.content ?? []).map((cell) => (cell.content ?? []).map(inlineText).join(" "));
        pdf.font("Helvetica").fontSize(10).text(cells.join("  |  "), MARGIN + indent);
      }
      pdf.moveDown(0.4);
      return;
    default:
      (node.content ?? []).forEach((child) => block(pdf, child, indent, null));
  }
}

export type PublishedText = {
  id: string;
  title: string;
  municipality: string;
  version: number;
  kind: "decided" | "consultation";
  fingerprint: string;
  publishedAt: Date;
  url: string;
  content: unknown;
  decision?: { body: string; caseNumber: string; meetingDate: Date } | undefined;
};

/**
 * A published version as an A4 PDF: title, municipality, version and its SHA-256 fingerprint on the
 * first page and in every page's footer, then the text. Helvetica covers å, ä and ö.
 */
export function publishedPdf(text: PublishedText, t: Translate): Promise<Buffer> {
  const pdf = new PDFDocument({ size: "A4", margin: MARGIN, bufferPages: true, info: { Title: text.title, Subject: text.fingerprint, Creator: "Överens", CreationDate: text.publishedAt } });
  const done = collectPdf(pdf);
  const day = text.publishedAt.toISOString().slice(0, 10);
  pdf.font("Helvetica-Bold").fontSize(20).text(text.title);
  pdf.moveDown(0.3).font("Helvetica").fontSize(10).fillColor("#333333");
  pdf.text(`${text.municipality} · ${text.kind === "decided" ? t("public.portal.decided", { version: text.version }) : t("public.portal.consultation")}`);
  if (text.decision) pdf.text(t("public.decision.line", { body: text.decision.body, date: text.decision.meetingDate.toISOString().slice(0, 10), caseNumber: text.decision.caseNumber, version: text.version }));
  pdf.text(t("public.compact.pdfPublished", { date: day, url: text.url }));
  pdf.font("Courier").fontSize(8.5).text(t("public.compact.printedFingerprint", { fingerprint: text.fingerprint }));
  pdf.fillColor("#000000").moveDown(1);
  const root = text.content as DocNode | null;
  for (const node of root?.content ?? []) block(pdf, node, 0, null);
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.font("Courier").fontSize(7).fillColor("#555555").text(`${text.title} · v${text.version} · SHA-256 ${text.fingerprint} · ${i + 1}/${range.count}`, MARGIN, pdf.page.height - 35, { width: pdf.page.width - 2 * MARGIN, lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  return done;
}

export function publishedDocx(text: PublishedText): Promise<Buffer> {
  return renderDocx({ title: text.title, doc: (text.content ?? { type: "doc", content: [] }) as DocNode });
}
