import { InvalidInputError, TooLargeError, UnauthenticatedError } from "@/lib/domain/errors";
import { getT } from "@/lib/i18n/server";
import { readForm } from "@/lib/server/http/body";
import { defineRoute } from "@/lib/server/http/route";
import { decodeCsvBytes } from "@/lib/server/documents/csv";
import { importRelationsCsv } from "@/lib/server/services/relations/import-relations";
import { MAX_IMPORT_CHARACTERS } from "@/lib/validation/relations";

/** The file plus the multipart envelope; the service checks the text itself against MAX_IMPORT_CHARACTERS. */
const MAX_UPLOAD_BYTES = Math.ceil(MAX_IMPORT_CHARACTERS * 1.1);

/**
 * POST multipart/form-data { file, mode: "all_or_nothing" | "valid_only" }. Answers with the import
 * report, each row error with its line, column and a translated reason. A file that was refused as a
 * whole because of bad rows is still a 200 with `committed: false`: the report is the answer. A file
 * that cannot be read at all (missing, no columns) is a 422; a body over the limit is a 413.
 */
export const POST = defineRoute(async (actor, request) => {
  // Anonymous requests are refused before the body is read (the service checks the permission
  // itself); the body is read up to MAX_UPLOAD_BYTES and refused with 413 beyond, chunked or not.
  if (!actor) throw new UnauthenticatedError();
  const form = await readForm(request, MAX_UPLOAD_BYTES, "relations.import.errors.tooLarge");
  const file = form?.get("file");
  if (!(file instanceof File) || file.size === 0) throw new InvalidInputError("relations.import.errors.noFile");
  if (file.size > MAX_UPLOAD_BYTES) throw new TooLargeError("relations.import.errors.tooLarge");
  const report = await importRelationsCsv(actor, { text: decodeCsvBytes(await file.arrayBuffer()), mode: form?.get("mode") });
  const t = await getT();
  return {
    ...report,
    errors: report.errors.map((error) => ({ line: error.line, column: error.column, message: t(error.key, error.params) })),
  };
});
