import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import type { DocNode } from "@/lib/domain/document";

/**
 * The compact's text (tiptap JSON) as a Word document. Headings become Word's own heading styles,
 * so the navigation pane and a later import both see the structure; every ordered list restarts at
 * its own number.
 */

const HEADINGS = { 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2, 4: HeadingLevel.HEADING_3 } as const;
const ORDERED = "overens-ordered";
const SAFE_LINK = /^(https?:|mailto:)/i;

type Context = { nextList: number };
type Block = Paragraph | Table;

export async function renderDocx(input: { title: string; doc: DocNode }): Promise<Buffer> {
  const context: Context = { nextList: 0 };
  const children: Block[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(input.title)] })];
  for (const node of input.doc.content ?? []) children.push(...renderBlock(node, context, 0, null));
  const document = new Document({
    creator: "Överens",
    title: input.title,
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: [0, 1, 2, 3].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

type ListContext = { kind: "bullet" } | { kind: "ordered"; instance: number };

function renderBlock(node: DocNode, context: Context, depth: number, list: ListContext | null): Block[] {
  switch (node.type) {
    case "heading": {
      const level = Number(node.attrs?.level);
      return [new Paragraph({ heading: HEADINGS[level as 2 | 3 | 4] ?? HeadingLevel.HEADING_1, children: renderInline(node.content) })];
    }
    case "paragraph":
      return [new Paragraph({ children: renderInline(node.content), ...listProperties(list, depth) })];
    case "bulletList":
      return (node.content ?? []).flatMap((item) => renderListItem(item, context, depth, { kind: "bullet" }));
    case "orderedList": {
      const instance = ++context.nextList;
      return (node.content ?? []).flatMap((item) => renderListItem(item, context, depth, { kind: "ordered", instance }));
    }
    case "blockquote":
      return (node.content ?? []).flatMap((child) => renderQuoted(child, context, depth));
    case "table":
      return [renderTable(node, context)];
    default:
      return [];
  }
}

/** A list item's first paragraph carries the bullet or number; the rest are indented under it. */
function renderListItem(item: DocNode, context: Context, depth: number, list: ListContext): Block[] {
  const [first, ...rest] = item.content ?? [];
  const blocks: Block[] = first ? renderBlock(first, context, depth, list) : [];
  for (const child of rest) {
    const nested = child.type === "bulletList" || child.type === "orderedList";
    blocks.push(...renderBlock(child, context, nested ? Math.min(depth + 1, 3) : depth, null));
  }
  return blocks;
}

function listProperties(list: ListContext | null, level: number) {
  if (!list) return {};
  if (list.kind === "bullet") return { bullet: { level } };
  return { numbering: { reference: ORDERED, level, instance: list.instance } };
}

function renderQuoted(node: DocNode, context: Context, depth: number): Block[] {
  if (node.type !== "paragraph") return renderBlock(node, context, depth, null);
  return [
    new Paragraph({
      style: "Quote",
      indent: { left: 720 },
      border: { left: { style: BorderStyle.SINGLE, size: 12, color: "999999", space: 12 } },
      children: renderInline(node.content, { italics: true }),
    }),
  ];
}

function renderTable(node: DocNode, context: Context): Table {
  const rows = (node.content ?? []).map(
    (row) =>
      new TableRow({
        tableHeader: (row.content ?? []).every((cell) => cell.type === "tableHeader"),
        children: (row.content ?? []).map((cell) => {
          const blocks = (cell.content ?? []).flatMap((child) => renderBlock(child, context, 0, null));
          const colspan = Number(cell.attrs?.colspan) || 1;
          const rowspan = Number(cell.attrs?.rowspan) || 1;
          return new TableCell({
            columnSpan: colspan,
            rowSpan: rowspan,
            // Word needs at least one paragraph in every cell.
            children: blocks.length ? blocks : [new Paragraph("")],
          });
        }),
      }),
  );
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

function renderInline(nodes: DocNode[] | undefined, base: { italics?: boolean } = {}): ParagraphChild[] {
  return (nodes ?? []).map((node) => {
    if (node.type === "hardBreak") return new TextRun({ text: "", break: 1 });
    const marks = new Set((node.marks ?? []).map((mark) => mark.type));
    const run = new TextRun({ text: node.text ?? "", bold: marks.has("bold"), italics: base.italics || marks.has("italic") });
    const href = node.marks?.find((mark) => mark.type === "link")?.attrs?.href;
    if (typeof href === "string" && SAFE_LINK.test(href)) {
      return new ExternalHyperlink({ link: href, children: [new TextRun({ text: node.text ?? "", style: "Hyperlink", bold: marks.has("bold"), italics: marks.has("italic") })] });
    }
    return run;
  });
}
