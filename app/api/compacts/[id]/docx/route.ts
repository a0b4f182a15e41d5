import { AppError, isAppError, NotFoundError, TooLargeError, UnauthenticatedError } from "@/lib/domain/errors";
import { download } from "@/lib/server/http/download";
import { readForm } from "@/lib/server/http/body";
import { defineRoute, problem } from "@/lib/server/http/route";
import { exportCompactDocx } from "@/lib/server/queries/compact-docx";
import { importCompactDocx } from "@/lib/server/services/compacts/docx-import";
import { MAX_DOCX_BYTES } from "@/lib/validation/document";
import { idSchema } from "@/lib/validation/common";

/**
 * The compact's text as Word: GET downloads the current version, POST (multipart: `file`, `mode` =
 * replace | append) imports a .docx into the draft. 401 not signed in, 403 may not edit, 404 no such
 * compact (or not yours to see), 413 file or text too large, 422 not a readable .docx, 503 the
 * co-editing server did not answer.
 */
type Params = { id: string };

// Room for the multipart envelope around the file.
const MAX_BODY_BYTES = MAX_DOCX_BYTES + 64 * 1024;
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export const GET = defineRoute<Params>(async (actor, _request, params) => {
  const { filename, body } = await exportCompactDocx(actor, compactIdFrom(params));
  return download(new Uint8Array(body), { contentType: DOCX_TYPE, filename });
});

export const POST = defineRoute<Params>(async (actor, request, params) => {
  const compactId = compactIdFrom(params);
  if (!actor) throw new UnauthenticatedError();
  // The body is read up to MAX_BODY_BYTES (413 beyond, whether it says its length or comes chunked).
  const form = await readForm(request, MAX_BODY_BYTES, "editor.import.fileTooLarge");
  if (!form) return problem(422, "invalid", "editor.import.noFile");
  const file = form.get("file");
  if (file instanceof File && file.size > MAX_DOCX_BYTES) throw new TooLargeError("editor.import.fileTooLarge");
  const result = await importCompactDocx(actor, compactId, { file, mode: form.get("mode") ?? "replace" }, request.headers.get("cookie") ?? "").catch((error: unknown) => {
    throw withFieldMessage(error);
  });
  return { ok: true, blocks: result.blocks };
});

function compactIdFrom(params: Params): string {
  const parsed = idSchema.safeParse(params.id);
  // A malformed id names no compact.
  if (!parsed.success) throw new NotFoundError();
  return parsed.data;
}

/** For an invalid upload, the field's own message ("not a Word file") says more than "something needs fixing". */
function withFieldMessage(error: unknown): unknown {
  const first = isAppError(error) ? Object.values(error.fieldErrors)[0]?.[0] : undefined;
  if (!isAppError(error) || !first) return error;
  return new AppError(error.code, first, error.fieldErrors, error.params, error.details);
}
