import { ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";
import { collabDocumentName } from "@/lib/collab/document-name";
import { importIntoText, RemoteEditError } from "@/lib/collab/remote-edit";
import { docxImportSchema, type DocxImportInput } from "@/lib/validation/document";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { collabInternalUrl } from "@/lib/server/collab-client";
import { getCompactText } from "@/lib/server/load/compact-text";
import { docxToDoc } from "@/lib/server/documents/docx-parse";
import { CollabUnavailableError, DocumentTooLargeError } from "@/lib/server/documents/docx-errors";
import { signedIn } from "@/lib/domain/permissions";

/**
 * Imports a Word file into the current draft, replacing the text or appending to it. The change goes
 * through the collaboration server as the user (with their session cookie) instead of straight into
 * the database: the server may hold newer edits in memory, everyone with the text open must see the
 * import at once, and the server's own permission and content checks then apply to it as well.
 */
export async function importCompactDocx(actor: Actor | null, compactId: string, input: unknown, cookie: string): Promise<{ blocks: number }> {
  const text = await getCompactText(actor, compactId);
  if (text.access !== "edit") throw new ForbiddenError("compact.editText");
  const data: DocxImportInput = parseInput(docxImportSchema, input);
  const bytes = Buffer.from(await data.file.arrayBuffer());
  // A .docx is a zip archive: refuse anything else before handing it to the parser.
  if (bytes.subarray(0, 4).toString("binary") !== "PK\x03\x04") throw new InvalidInputError("editor.import.notDocx");
  const doc = await docxToDoc(bytes);
  try {
    await importIntoText({
      url: collabInternalUrl(),
      documentName: collabDocumentName({ compactId, versionNumber: text.versionNumber }),
      cookie,
      doc,
      mode: data.mode,
    });
  } catch (error) {
    throw mapRemoteError(error);
  }
  await getDb().$transaction((tx) =>
    recordAudit(tx, {
      actorId: signedIn(actor).userId,
      action: "compact.textImported",
      entityType: "compactVersion",
      entityId: `${compactId}:v${text.versionNumber}`,
      compactId,
      municipalityId: text.municipalityId,
      after: { mode: data.mode, fileName: data.file.name, bytes: data.file.size, blocks: doc.content?.length ?? 0 },
    }),
  );
  return { blocks: doc.content?.length ?? 0 };
}

function mapRemoteError(error: unknown): unknown {
  if (!(error instanceof RemoteEditError)) return error;
  switch (error.reason) {
    case "readOnly":
    case "forbidden":
      return new ForbiddenError("compact.editText");
    case "notFound":
    case "staleVersion":
      return new NotFoundError();
    case "updateTooLarge":
    case "documentTooLarge":
      return new DocumentTooLargeError();
    case "invalidContent":
      return new InvalidInputError("editor.import.unreadable");
    default:
      return new CollabUnavailableError();
  }
}
