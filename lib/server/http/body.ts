import "server-only";
import { TooLargeError } from "@/lib/domain/errors";

/**
 * Request bodies with a hard cap. Every route that reads a body reads it through one of these: the
 * bytes are counted as they arrive and reading stops at the cap with a 413 (TooLargeError), so a body
 * without Content-Length (chunked) or with a false one is no way around it. A Content-Length over the
 * cap is refused before a byte is read.
 */

/** Small JSON bodies: a workshop join or vote, a stage change. */
export const MAX_JSON_BYTES = 16 * 1024;

/** The whole body as bytes, at most `maxBytes` of them; TooLargeError (413, `messageKey`) beyond. */
export async function readBody(request: Request, maxBytes: number, messageKey?: string): Promise<Uint8Array> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) throw new TooLargeError(messageKey);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new TooLargeError(messageKey);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The JSON body (capped), or an empty object when it is not a JSON object (validation then reports it). */
export async function readJson(request: Request, maxBytes: number = MAX_JSON_BYTES): Promise<Record<string, unknown>> {
  const bytes = await readBody(request, maxBytes);
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return {};
  }
  return body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

/** The multipart (or url-encoded) form of the body (capped), or null when it is not a form. */
export async function readForm(request: Request, maxBytes: number, messageKey?: string): Promise<FormData | null> {
  const bytes = await readBody(request, maxBytes, messageKey);
  const contentType = request.headers.get("content-type") ?? "";
  return new Response(bytes as BodyInit, { headers: { "Content-Type": contentType } }).formData().catch(() => null);
}
