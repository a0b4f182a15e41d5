import { generateJSON } from "@tiptap/html/server";
import mammoth from "mammoth";
import { documentExtensions, HEADING_LEVELS } from "@/lib/collab/extensions";
import { InvalidInputError } from "@/lib/domain/errors";
import type { Doc } from "@/lib/domain/document";
import { parseCompactDocument } from "@/lib/validation/document";
import { DocumentTooLargeError } from "@/lib/server/documents/docx-errors";
import { assertDocxArchiveSize } from "@/lib/server/documents/docx-archive";

/**
 * A Word file as the compact's text: mammoth turns the .docx into plain semantic HTML, and tiptap
 * parses that HTML with the editor's own extensions, so exactly the editor's node types survive
 * (images, fields and styles it does not have fall away). Word's headings start at level 1; the
 * compact's sections start at level 2, under the page title.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h2:fresh",
  ...[1, 2, 3, 4, 5, 6].map((level) => `p[style-name='Heading ${level}'] => h${Math.min(level + 1, HEADING_LEVELS.at(-1)!)}:fresh`),
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

/** HTML from mammoth → tiptap JSON with the editor's schema. */
export function htmlToDoc(html: string): Doc {
  const json = generateJSON(html, documentExtensions()) as Doc;
  return { type: "doc", content: json.content?.length ? json.content : [{ type: "paragraph" }] };
}

export async function docxToDoc(bytes: Buffer): Promise<Doc> {
  // A zip bomb is refused from the archive's directory, before mammoth inflates a byte of it.
  assertDocxArchiveSize(bytes);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        styleMap: STYLE_MAP,
        // Images are not part of the text; skip them instead of inlining megabytes of base64.
        convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
      },
    );
    html = result.value;
  } catch {
    throw new InvalidInputError("editor.import.unreadable");
  }
  const parsed = parseCompactDocument(htmlToDoc(html));
  if (!parsed.ok) {
    if (parsed.problem === "too_large") throw new DocumentTooLargeError();
    throw new InvalidInputError("editor.import.unreadable");
  }
  return parsed.doc;
}
