import { NextResponse, type NextRequest } from "next/server";
import { isAppError, NotFoundError, UnauthenticatedError } from "@/lib/domain/errors";
import { getT } from "@/lib/i18n/server";
import { getActor } from "@/lib/server/auth";
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
type Context = { params: Promise<{ id: string }> };

// Room for the multipart envelope around the file.
const MAX_BODY_BYTES = MAX_DOCX_BYTES + 64 * 1024;
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export async function GET(_request: NextRequest, context: Context) {
  return handle(async () => {
    const compactId = await compactIdFrom(context);
    const { filename, body } = await exportCompactDocx(await getActor(), compactId);
    return new NextResponse(new Uint8Array(body), {
      headers: {
        "Content-Type": DOCX_TYPE,
        "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        "Cache-Control": "private, no-store",
      },
    });
  });
}

export async function POST(request: NextRequest, context: Context) {
  return handle(async () => {
    const compactId = await compactIdFrom(context);
    const actor = await getActor();
    if (!actor) throw new UnauthenticatedError();
    // Refuse an oversized body before reading it.
    if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return problem(413, "file_too_large", "editor.import.fileTooLarge");
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return problem(422, "invalid", "editor.import.noFile");
    }
    const file = form.get("file");
    if (file instanceof File && file.size > MAX_DOCX_BYTES) return problem(413, "file_too_large", "editor.import.fileTooLarge");
    const result = await importCompactDocx(actor, compactId, { file, mode: form.get("mode") ?? "replace" }, request.headers.get("cookie") ?? "");
    return NextResponse.json({ ok: true, blocks: result.blocks });
  });
}

async function compactIdFrom(context: Context): Promise<string> {
  const parsed = idSchema.safeParse((await context.params).id);
  // A malformed id names no compact.
  if (!parsed.success) throw new NotFoundError();
  return parsed.data;
}

async function problem(status: number, code: string, messageKey: string, fieldErrors?: Record<string, string[]>) {
  const t = await getT();
  return NextResponse.json({ ok: false, code, message: t(messageKey), ...(fieldErrors ? { fieldErrors } : {}) }, { status });
}

async function handle(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (isAppError(error)) {
      // For an invalid upload, the field's own message says more than "something needs fixing".
      const firstFieldError = Object.values(error.fieldErrors)[0]?.[0];
      return problem(error.status, error.code, firstFieldError ?? error.messageKey, Object.keys(error.fieldErrors).length ? error.fieldErrors : undefined);
    }
    console.error("[docx] unexpected error", error);
    return problem(500, "unexpected", "errors.unexpected");
  }
}
