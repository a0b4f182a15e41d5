import type { Actor } from "@/lib/domain/roles";
import { getCompactText } from "@/lib/server/load/compact-text";
import { renderDocx } from "@/lib/server/documents/docx-render";

/** The current text as a .docx, for anyone who may see the draft. */
export async function exportCompactDocx(actor: Actor | null, compactId: string): Promise<{ filename: string; body: Buffer }> {
  const text = await getCompactText(actor, compactId);
  const body = await renderDocx({ title: text.title, doc: text.content });
  return { filename: `${text.slug}-v${text.versionNumber}.docx`, body };
}
