/**
 * The compact's text as the editor stores it: tiptap/ProseMirror JSON. Only the shapes are described
 * here; which node types and sizes are allowed is the validation schema's job.
 */

export type DocMark = { type: string; attrs?: Record<string, unknown> };

export type DocNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  text?: string;
  marks?: DocMark[];
};

export type Doc = DocNode & { type: "doc" };

/**
 * A document with one empty paragraph, which is what the editor shows for "no text yet". Frozen all
 * the way down so that no caller can change it for everyone else.
 */
export const EMPTY_DOC: Doc = Object.freeze({
  type: "doc",
  content: Object.freeze([Object.freeze({ type: "paragraph" })]),
}) as unknown as Doc;

/** Containers whose children are blocks; they add no line of their own. */
const CONTAINERS = new Set(["doc", "bulletList", "orderedList", "blockquote"]);

/**
 * The document as plain text: one line per block (paragraph, heading, list item), headings prefixed
 * with "# " or "## " as plainTextToDoc reads them, list items with "- ". Hard breaks become line
 * breaks. Used for word diffs, search and exports.
 */
export function docToPlainText(doc: DocNode): string {
  return blockLines(doc).join("\n");
}

function blockLines(node: DocNode): string[] {
  if (CONTAINERS.has(node.type)) return (node.content ?? []).flatMap(blockLines);
  if (node.type === "listItem") {
    const [first = "", ...rest] = (node.content ?? []).flatMap(blockLines);
    return [`- ${first}`, ...rest];
  }
  if (node.type === "heading") return [`${headingPrefix(node.attrs?.level)}${inlineText(node)}`];
  return [inlineText(node)];
}

function headingPrefix(level: unknown): string {
  const depth = typeof level === "number" && level >= 1 && level <= 6 ? Math.floor(level) : 1;
  return `${"#".repeat(depth)} `;
}

function inlineText(node: DocNode): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  return (node.content ?? []).map(inlineText).join("");
}

/**
 * A document from plain text: one paragraph per line, "# " starts a level-1 heading and "## " a
 * level-2 heading. Empty lines become empty paragraphs (ProseMirror allows no empty text nodes).
 */
export function plainTextToDoc(text: string): Doc {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  return { type: "doc", content: lines.map(lineToBlock) };
}

function lineToBlock(line: string): DocNode {
  const heading = /^(#{1,2}) (.*)$/.exec(line);
  if (heading) {
    const [, hashes = "#", text = ""] = heading;
    return withText({ type: "heading", attrs: { level: hashes.length } }, text);
  }
  return withText({ type: "paragraph" }, line);
}

function withText(node: DocNode, text: string): DocNode {
  return text === "" ? node : { ...node, content: [{ type: "text", text }] };
}
