import { InvalidInputError } from "@/lib/domain/errors";
import { MAX_EVIDENCE_BYTES } from "@/lib/domain/follow-up";

/** An uploaded file as the action hands it over (name and type as the browser declared them). */
export type Upload = { name: string; type: string; bytes: Uint8Array<ArrayBuffer> };

export { MAX_EVIDENCE_BYTES };

/** Allowed evidence files: type → file endings, and the first bytes a real file of that type starts with. */
const ALLOWED: Record<string, { endings: string[]; magic?: number[] }> = {
  "application/pdf": { endings: [".pdf"], magic: [0x25, 0x50, 0x44, 0x46] },
  "image/png": { endings: [".png"], magic: [0x89, 0x50, 0x4e, 0x47] },
  "image/jpeg": { endings: [".jpg", ".jpeg"], magic: [0xff, 0xd8, 0xff] },
  "text/plain": { endings: [".txt"] },
  "text/csv": { endings: [".csv"] },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { endings: [".docx"], magic: [0x50, 0x4b, 0x03, 0x04] },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { endings: [".xlsx"], magic: [0x50, 0x4b, 0x03, 0x04] },
};
export const ALLOWED_EVIDENCE_TYPES = Object.keys(ALLOWED);
export const ALLOWED_EVIDENCE_ENDINGS = Object.values(ALLOWED).flatMap((a) => a.endings);

/**
 * Checks an uploaded evidence file: not empty, at most MAX_EVIDENCE_BYTES, an allowed type whose name
 * ends as that type should, and (for binary types) whose first bytes match it, so a renamed
 * executable is refused. Returns the cleaned name and type.
 */
export function checkEvidence(upload: Upload): { fileName: string; mimeType: string; size: number } {
  const size = upload.bytes.byteLength;
  if (size === 0) throw new InvalidInputError("followUp.errors.fileEmpty", { evidenceFile: ["followUp.errors.fileEmpty"] });
  if (size > MAX_EVIDENCE_BYTES) throw new InvalidInputError("followUp.errors.fileTooLarge", { evidenceFile: ["followUp.errors.fileTooLarge"] });
  const mimeType = upload.type.split(";")[0]!.trim().toLowerCase();
  const rule = ALLOWED[mimeType];
  const fileName = upload.name.replace(/[\\/]/g, "_").replace(/[\u0000-\u001f]/g, "").slice(-200) || "bilaga";
  const lower = fileName.toLowerCase();
  const matches = rule && rule.endings.some((e) => lower.endsWith(e)) && (!rule.magic || rule.magic.every((b, i) => upload.bytes[i] === b));
  if (!matches) throw new InvalidInputError("followUp.errors.fileType", { evidenceFile: ["followUp.errors.fileType"] });
  return { fileName, mimeType, size };
}
