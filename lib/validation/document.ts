import { z } from "zod";
import type { Doc } from "@/lib/domain/document";

/**
 * The compact's text as the editor stores it (tiptap/ProseMirror JSON), with exactly the node and
 * mark types the editor offers. Used by the collaboration server before it stores a document, by
 * the Word import, and by anything else that accepts a text from outside. Cardinalities are kept
 * loose (an empty list item is allowed) because a document in the middle of co-editing may briefly
 * hold one; the node types and attributes are strict.
 */

/** The largest document, as JSON, that is stored (2 MB). */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
/** The largest single co-editing update (one paste, one import batch) the server accepts. */
export const MAX_UPDATE_BYTES = 512 * 1024;
/** Nesting deeper than this is no compact text (lists in tables in quotes…): refuse it. */
export const MAX_DOCUMENT_DEPTH = 24;
const MAX_TEXT_NODE = MAX_DOCUMENT_BYTES;
const MAX_URL = 2048;

export const NODE_TYPES = [
  "doc",
  "paragraph",
  "text",
  "heading",
  "bulletList",
  "orderedList",
  "listItem",
  "blockquote",
  "hardBreak",
  "table",
  "tableRow",
  "tableHeader",
  "tableCell",
] as const;
export const MARK_TYPES = ["bold", "italic", "link"] as const;
export type NodeType = (typeof NODE_TYPES)[number];
export type MarkType = (typeof MARK_TYPES)[number];

/** Every attribute name a node or mark may carry (the collaboration server checks raw updates against it). */
export const ATTRIBUTE_NAMES = ["level", "start", "type", "colspan", "rowspan", "colwidth", "align", "href", "target", "rel", "class", "title"] as const;

const SAFE_URL = /^(https?:\/\/|mailto:)/i;

const linkMark = z.strictObject({
  type: z.literal("link"),
  attrs: z.strictObject({
    href: z.string().max(MAX_URL).regex(SAFE_URL, "links must start with http://, https:// or mailto:"),
    target: z.string().max(20).nullish(),
    rel: z.string().max(100).nullish(),
    class: z.string().max(100).nullish(),
    title: z.string().max(500).nullish(),
  }),
});
// Marks read back from Yjs always carry an `attrs` object, empty for bold and italic.
const noAttrs = z.strictObject({}).nullish();
const markSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("bold"), attrs: noAttrs }),
  z.strictObject({ type: z.literal("italic"), attrs: noAttrs }),
  linkMark,
]);

const textNode = z.strictObject({
  type: z.literal("text"),
  text: z.string().min(1).max(MAX_TEXT_NODE),
  marks: z.array(markSchema).max(MARK_TYPES.length).optional(),
});
const hardBreak = z.strictObject({ type: z.literal("hardBreak"), marks: z.array(markSchema).optional() });
const inline = z.discriminatedUnion("type", [textNode, hardBreak]);

const alignment = z.enum(["left", "center", "right", "justify"]).nullish();
const cellAttrs = z
  .strictObject({
    colspan: z.number().int().min(1).max(100).optional(),
    rowspan: z.number().int().min(1).max(1000).optional(),
    colwidth: z.array(z.number().int().min(0).max(10_000)).max(100).nullish(),
    align: alignment,
  })
  .optional();

const paragraph = z.strictObject({ type: z.literal("paragraph"), content: z.array(inline).optional() });
const heading = z.strictObject({
  type: z.literal("heading"),
  attrs: z.strictObject({ level: z.union([z.literal(2), z.literal(3), z.literal(4)]) }),
  content: z.array(inline).optional(),
});

/* Recursive nodes: zod 4 resolves the getters lazily, so blocks can contain blocks. */
const blockquote = z.strictObject({
  type: z.literal("blockquote"),
  get content() {
    return z.array(block).optional();
  },
});
const listItem = z.strictObject({
  type: z.literal("listItem"),
  get content() {
    return z.array(block).optional();
  },
});
const bulletList = z.strictObject({ type: z.literal("bulletList"), content: z.array(listItem).optional() });
const orderedList = z.strictObject({
  type: z.literal("orderedList"),
  attrs: z.strictObject({ start: z.number().int().min(0).max(100_000).optional(), type: z.enum(["1", "a", "A", "i", "I"]).nullish() }).optional(),
  content: z.array(listItem).optional(),
});
const cell = (type: "tableCell" | "tableHeader") =>
  z.strictObject({
    type: z.literal(type),
    attrs: cellAttrs,
    get content() {
      return z.array(block).optional();
    },
  });
const tableRow = z.strictObject({
  type: z.literal("tableRow"),
  content: z.array(z.discriminatedUnion("type", [cell("tableCell"), cell("tableHeader")])).max(100).optional(),
});
const table = z.strictObject({ type: z.literal("table"), content: z.array(tableRow).max(5000).optional() });

type BlockSchema = z.ZodType<unknown>;
const block: BlockSchema = z.lazy(() =>
  z.discriminatedUnion("type", [paragraph, heading, blockquote, bulletList, orderedList, table]),
);

/** The whole document: a `doc` node whose children are blocks. */
export const compactDocumentSchema = z.strictObject({
  type: z.literal("doc"),
  content: z.array(block).optional(),
});

export type DocumentProblem = "too_large" | "too_deep" | "invalid";
export type ParsedDocument = { ok: true; doc: Doc; bytes: number } | { ok: false; problem: DocumentProblem; detail: string };

/** How deeply a value nests (arrays and objects each count one level). */
export function nestingDepth(value: unknown, limit = MAX_DOCUMENT_DEPTH * 3): number {
  if (value === null || typeof value !== "object") return 0;
  if (limit <= 0) return 1;
  const children = Array.isArray(value) ? value : Object.values(value);
  let deepest = 0;
  for (const child of children) deepest = Math.max(deepest, nestingDepth(child, limit - 1));
  return deepest + 1;
}

/**
 * Validates a document from outside: size first (cheap, and a huge input is refused before it is
 * walked), then depth (so the recursive schema never recurses without bound), then the schema.
 */
export function parseCompactDocument(input: unknown): ParsedDocument {
  let json: string | undefined;
  try {
    json = JSON.stringify(input);
  } catch {
    return { ok: false, problem: "invalid", detail: "not serialisable as JSON" };
  }
  if (json === undefined) return { ok: false, problem: "invalid", detail: "no document" };
  const bytes = new TextEncoder().encode(json).byteLength;
  if (bytes > MAX_DOCUMENT_BYTES) return { ok: false, problem: "too_large", detail: `${bytes} bytes, at most ${MAX_DOCUMENT_BYTES}` };
  // Each document level is an object inside a `content` array: two JSON levels per node.
  if (nestingDepth(input) > MAX_DOCUMENT_DEPTH * 2 + 4) return { ok: false, problem: "too_deep", detail: `nested deeper than ${MAX_DOCUMENT_DEPTH} levels` };
  const parsed = compactDocumentSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, problem: "invalid", detail: first ? `${first.path.join(".")}: ${first.message}` : "invalid document" };
  }
  return { ok: true, doc: parsed.data as Doc, bytes };
}

export function isNodeType(value: unknown): value is NodeType {
  return typeof value === "string" && (NODE_TYPES as readonly string[]).includes(value);
}

export function isMarkType(value: unknown): value is MarkType {
  return typeof value === "string" && (MARK_TYPES as readonly string[]).includes(value);
}

/** The largest Word file the import accepts (5 MB): a compact is a few pages, not a report with pictures. */
export const MAX_DOCX_BYTES = 5 * 1024 * 1024;
const DOCX_TYPES = ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/octet-stream", ""];

/** A Word import: the file, and whether it replaces the text or is added at its end. */
export const docxImportSchema = z.object({
  mode: z.enum(["replace", "append"], { error: "editor.import.mode" }),
  file: z
    .instanceof(File, { error: "editor.import.noFile" })
    .refine((file) => file.size > 0, { error: "editor.import.noFile" })
    .refine((file) => file.size <= MAX_DOCX_BYTES, { error: "editor.import.fileTooLarge" })
    .refine((file) => /\.docx$/i.test(file.name) && DOCX_TYPES.includes(file.type), { error: "editor.import.notDocx" }),
});
export type DocxImportInput = z.infer<typeof docxImportSchema>;
