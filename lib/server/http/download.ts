import "server-only";

/**
 * `attachment` with the filename twice: a plain-ASCII `filename` for old clients and the exact name as
 * RFC 5987 `filename*` (UTF-8, percent-encoded), so "Överenskommelse.pdf" survives the trip.
 */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\w.-]/g, "_");
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * A file for the signed-in user (working data, an export, an uploaded attachment): always downloaded,
 * never rendered inline or sniffed, never stored by a cache. Public material goes through publicResponse.
 */
export function download(body: string | Uint8Array, options: { contentType: string; filename: string }): Response {
  return new Response(body as BodyInit, {
    headers: {
      "Content-Type": options.contentType,
      "Content-Disposition": contentDisposition(options.filename),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

/** The bare 404 the public file links and private attachments answer with (no JSON: it is a link, not an API). */
export function notFoundText(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
