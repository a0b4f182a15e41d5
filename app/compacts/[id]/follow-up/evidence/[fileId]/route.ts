import { isAppError } from "@/lib/domain/errors";
import { download, notFoundText } from "@/lib/server/http/download";
import { defineRoute } from "@/lib/server/http/route";
import { getEvidenceFile } from "@/lib/server/queries/follow-up";

/**
 * Downloads a progress update's evidence file, always as an attachment (never rendered inline). A file
 * the visitor may not see is answered like one that does not exist: a plain 404, whatever the reason.
 */
export const GET = defineRoute<{ id: string; fileId: string }>(async (actor, _request, { id, fileId }) => {
  const file = await getEvidenceFile(actor, id, fileId).catch((error: unknown) => {
    if (isAppError(error)) return null;
    throw error;
  });
  if (!file) return notFoundText();
  return download(file.data, { contentType: file.mimeType, filename: file.fileName });
});
