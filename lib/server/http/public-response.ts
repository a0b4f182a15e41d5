import "server-only";
import { createHash } from "node:crypto";
import { etagMatches, PUBLIC_CACHE_CONTROL } from "@/lib/domain/public-cache";
import { contentDisposition } from "./download";

export { PUBLIC_CACHE_CONTROL };

/**
 * A response for public, non-personal material with a strong ETag of its bytes (and Last-Modified when
 * known); a matching If-None-Match (or an unchanged If-Modified-Since) gets 304 without a body.
 */
export function publicResponse(
  request: Request,
  body: string | Uint8Array,
  /** etagOf: what the representation depends on, when its bytes differ run to run (a PDF's ID). */
  options: { contentType: string; lastModified?: Date | null; filename?: string; status?: number; etagOf?: string },
): Response {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  const etag = `"${createHash("sha256")
    .update(options.etagOf ?? bytes)
    .digest("base64url")
    .slice(0, 32)}"`;
  const headers = new Headers({ "Content-Type": options.contentType, "Cache-Control": PUBLIC_CACHE_CONTROL, ETag: etag, Vary: "Accept-Encoding" });
  if (options.lastModified) headers.set("Last-Modified", options.lastModified.toUTCString());
  if (options.filename) {
    headers.set("Content-Disposition", contentDisposition(options.filename));
  }
  const ifNoneMatch = request.headers.get("if-none-match");
  const ifModifiedSince = request.headers.get("if-modified-since");
  const notModified = ifNoneMatch
    ? etagMatches(ifNoneMatch, etag)
    : !!(ifModifiedSince && options.lastModified && Math.floor(options.lastModified.getTime() / 1000) <= Math.floor(Date.parse(ifModifiedSince) / 1000));
  if (notModified) return new Response(null, { status: 304, headers });
  return new Response(bytes as BodyInit, { status: options.status ?? 200, headers });
}

/** JSON for the open-data API. */
export function publicJson(request: Request, value: unknown, lastModified?: Date | null): Response {
  return publicResponse(request, JSON.stringify(value), { contentType: "application/json; charset=utf-8", lastModified: lastModified ?? null });
}

export function notFoundJson(): Response {
  return new Response(JSON.stringify({ code: "not_found" }), { status: 404, headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=0, s-maxage=30" } });
}
