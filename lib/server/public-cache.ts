// No "server-only" here: the app's own HTTP server (scripts/server.ts) answers from this cache before
// a request reaches Next. It is server code all the same.
import { createHash } from "node:crypto";
import {
  PUBLIC_CACHE_CONTROL,
  PageCache,
  RENDER_HEADER,
  etagMatches,
  freshness,
  nonceOf,
  pageKey,
  splitAtNonce,
  withNonce,
  type CachedPage,
} from "../domain/public-cache";
import { getDb } from "./db";
import { getEnv } from "./env";

/**
 * Serves the anonymous portal pages from memory (see lib/domain/public-cache.ts). The app's server
 * (scripts/server.ts) answers such requests from here before they reach Next; under plain `next
 * start`, proxy.ts sends them to /api/public-page, which does the same. A page not in memory, or
 * rendered before the last change, is rendered by asking this same server for it on loopback with the
 * render header, which lets the request through to the page itself. Every instance keeps its own
 * pages and checks the database's public revision on each request, so a change made through any
 * instance is seen by all of them at once. State lives on globalThis: the server and Next's bundle
 * load this module separately but share it.
 */

const store = globalThis as typeof globalThis & {
  __overensPages?: {
    cache: PageCache;
    rendering: Map<string, Promise<CachedPage>>;
    warmedAt: number;
    warming: boolean;
    /** The last revision read, and when that read started. */
    lease: { revision: number; at: number } | null;
    reading: Promise<number> | null;
    /** Bumped by forgetPublicRevision: a read that started before cannot renew the lease. */
    generation: number;
  };
};
function state() {
  store.__overensPages ??= { cache: new PageCache(getEnv().PUBLIC_PAGE_CACHE_MB * 1024 * 1024), rendering: new Map(), warmedAt: -1, warming: false, lease: null, reading: null, generation: 0 };
  return store.__overensPages;
}

/** The installation's public revision; grows with every change a public page could show (database triggers). */
export async function publicRevision(): Promise<number> {
  const row = await getDb().publicRevision.findUnique({ where: { scope: "portal" }, select: { revision: true } });
  return row?.revision ?? 0;
}

/** How long one read of the revision answers for, on this instance (see currentRevision). */
export const REVISION_LEASE_MS = 100;

/**
 * The revision as this instance last read it, read again once that read is REVISION_LEASE_MS old (and
 * shared by the requests that arrive meanwhile): one read per tenth of a second instead of one per
 * request is what lets a cached page be served thousands of times a second. A change made through
 * this instance is seen at once (every action and route calls forgetPublicRevision); one made through
 * another instance or a script, within the lease.
 */
async function currentRevision(): Promise<number> {
  const current = state();
  const now = Date.now();
  if (current.lease && now - current.lease.at < REVISION_LEASE_MS) return current.lease.revision;
  if (!current.reading) {
    const generation = current.generation;
    current.reading = publicRevision()
      .then((revision) => {
        if (current.generation === generation) current.lease = { revision, at: now };
        return revision;
      })
      .finally(() => {
        current.reading = null;
      });
  }
  return current.reading;
}

/** Called when this instance has changed something: the next request reads the revision afresh. */
export function forgetPublicRevision(): void {
  const current = state();
  current.generation += 1;
  current.lease = null;
  current.reading = null;
}

function internalOrigin(): string {
  const env = getEnv();
  return (env.INTERNAL_URL ?? `http://127.0.0.1:${env.PORT}`).replace(/\/$/, "");
}

/** Renders one page through the app itself, once at a time per page (concurrent misses wait for it). */
function render(target: string, revision: number): Promise<CachedPage> {
  const { cache, rendering } = state();
  const key = pageKey(target);
  const running = rendering.get(key);
  if (running) return running;
  const job = (async () => {
    const response = await fetch(`${internalOrigin()}${key}`, {
      headers: { [RENDER_HEADER]: "1", accept: "text/html" },
      redirect: "manual",
      cache: "no-store",
    });
    const html = await response.text();
    const nonce = nonceOf(response.headers.get("content-security-policy"));
    const parts = splitAtNonce(html, nonce).map((part) => Buffer.from(part));
    const page: CachedPage = {
      key,
      revision,
      renderedAt: Date.now(),
      status: response.status,
      parts,
      size: parts.reduce((sum, part) => sum + part.length, 0),
      etag: `W/"${revision.toString(36)}-${createHash("sha256").update(withNonce(html, nonce, "")).digest("base64url").slice(0, 24)}"`,
      contentType: response.headers.get("content-type") ?? "text/html; charset=utf-8",
      location: response.headers.get("location"),
      hits: 0,
    };
    // Only a page that is the same for everyone is kept: a 200 without cookies.
    if (response.status === 200 && !response.headers.has("set-cookie")) cache.set(page);
    return page;
  })().finally(() => rendering.delete(key));
  rendering.set(key, job);
  return job;
}

/** body: the page in pieces, to be sent one after another (no copy of the whole page per response). */
export type PageAnswer = { status: number; headers: Record<string, string>; body: Uint8Array[] | null };

/**
 * The answer to an anonymous request of a public page (path and query in target), with this
 * response's nonce in it. Headers other than the CSP and the security headers, which the caller adds.
 */
export async function answerPublicPage(target: string, nonce: string, ifNoneMatch: string | null): Promise<PageAnswer> {
  const { cache } = state();
  const revision = await currentRevision();
  const key = pageKey(target);
  let page = cache.get(key);
  let status: "hit" | "stale" | "miss" = "hit";
  const fresh = page ? freshness(page, revision, Date.now()) : "changed";
  if (!page || fresh === "changed") {
    status = "miss";
    try {
      page = await render(key, revision);
    } catch (error) {
      if (!page) throw error;
      console.error("[public-cache] render failed; serving the page rendered before the change", error);
    }
    void warmAfterChange(revision);
  } else if (fresh === "stale") {
    status = "stale";
    render(key, revision).catch((error: unknown) => console.error("[public-cache] background render failed", error));
  }
  if (page.location) return { status: page.status, headers: { Location: page.location, "Cache-Control": "no-store" }, body: null };
  const cacheable = page.status === 200;
  const headers: Record<string, string> = {
    "Content-Type": page.contentType,
    "Cache-Control": cacheable ? PUBLIC_CACHE_CONTROL : "public, max-age=0, s-maxage=30",
    Vary: "Accept-Encoding",
    "X-Overens-Cache": status,
  };
  if (cacheable) headers.ETag = page.etag;
  if (cacheable && etagMatches(ifNoneMatch, page.etag)) return { status: 304, headers, body: null };
  const separator = Buffer.from(nonce);
  const pieces: Uint8Array[] = [];
  page.parts.forEach((part, index) => {
    if (index > 0) pieces.push(separator);
    pieces.push(part);
  });
  headers["Content-Length"] = String(pieces.reduce((sum, piece) => sum + piece.length, 0));
  return { status: page.status, headers, body: pieces };
}

/** The same as a Response, for the route handler that serves the cache under plain `next start`. */
export async function servePublicPage(request: Request, target: string, nonce: string): Promise<Response> {
  const answer = await answerPublicPage(target, nonce, request.headers.get("if-none-match"));
  return new Response(answer.body ? (Buffer.concat(answer.body) as BodyInit) : null, { status: answer.status, headers: answer.headers });
}

/** Pages worth having before anyone asks: the start pages and those of the newest publications. */
async function newestPublicationPages(limit: number): Promise<string[]> {
  const db = getDb();
  const recent = await db.publication.findMany({ orderBy: { publishedAt: "desc" }, take: limit, select: { compactSlug: true, municipalityId: true } });
  const municipalities = await db.municipality.findMany({ where: { id: { in: [...new Set(recent.map((p) => p.municipalityId))] } }, select: { id: true, slug: true } });
  const slugOf = new Map(municipalities.map((m) => [m.id, m.slug]));
  return ["/", "/portal", ...recent.flatMap((p) => (slugOf.has(p.municipalityId) ? [`/${slugOf.get(p.municipalityId)}/${p.compactSlug}`] : []))];
}

/**
 * After a change (and on the first request after a start), the most requested pages and those of the
 * newest publications are rendered again before anyone asks for them: in the background, one at a
 * time, starting over when another change comes in meanwhile.
 */
async function warmAfterChange(revision: number): Promise<void> {
  const current = state();
  if (current.warmedAt >= revision) return;
  current.warmedAt = revision;
  if (current.warming) return;
  current.warming = true;
  try {
    let target: number;
    do {
      target = current.warmedAt;
      const keys = [...new Set([...current.cache.hottest(20), ...(await newestPublicationPages(5))].map(pageKey))];
      for (const key of keys) {
        if (current.warmedAt > target) break;
        const page = current.cache.peek(key);
        if (page && page.revision >= target) continue;
        await render(key, target).catch((error: unknown) => console.error("[public-cache] warm-up render failed", key, error));
      }
    } while (current.warmedAt > target);
  } finally {
    current.warming = false;
  }
}

/**
 * Called after every server action: when it changed something public, the pages visitors read most
 * are rendered again right away, before the next visitor asks for them.
 */
export async function refreshPublicPages(): Promise<void> {
  const env = getEnv();
  if (env.NODE_ENV !== "production" || env.PUBLIC_PAGE_CACHE === "off" || state().cache.count === 0) return;
  await warmAfterChange(await publicRevision());
}

/** What the cache holds (for the benchmark and the tests). */
export function publicCacheStats(): { pages: number; bytes: number } {
  const { cache } = state();
  return { pages: cache.count, bytes: cache.bytes };
}
