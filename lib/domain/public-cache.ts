/**
 * The public pages' own cache (issue 10): an anonymous visitor's portal page is rendered once per
 * change and then served from memory, with a fresh CSP nonce and an ETag. Plain rules here; the
 * server part is lib/server/public-cache.ts.
 *
 * A cached page is valid while the installation's public revision (a counter the database bumps on
 * every change a public page could show) is the one it was rendered at. It is also re-rendered in the
 * background once it is older than a minute, because some of what it shows depends on the clock
 * (a comment round that has just ended, a commitment that has just gone stale).
 */
import { hasSessionCookie, isPublicPagePath } from "./publication";

/** How long a page may be served before it is re-rendered in the background (it still answers at once). */
export const PAGE_TTL_MS = 60_000;
/** Shared caches may keep public material a minute and serve it stale for ten while they refresh. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=600";
/** Longer query strings are not cached (every variant would be an entry). */
export const MAX_CACHED_SEARCH = 256;
/** The header the cache sends with its own render request, so that request renders instead of reading the cache. */
export const RENDER_HEADER = "x-overens-render";
/** The header proxy.ts passes the requested page (path and query) in, when it sends a request to the cache. */
export const PAGE_HEADER = "x-overens-page";

export type PublicRequest = {
  method: string;
  pathname: string;
  search: string;
  cookieNames: readonly string[];
  /** Lower-case header names present on the request. */
  headerNames: readonly string[];
};

/** Headers Next's client router sends for its own (RSC) requests: those are not HTML pages. */
const ROUTER_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action"];

/**
 * Is this the same page for everyone: a GET of a portal page without a session, without a chosen
 * language, and not one of Next's router requests? Only then may shared caches keep it.
 */
export function isAnonymousPublicPage(request: Omit<PublicRequest, "search"> & { search?: string }, localeCookie: string): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (!isPublicPagePath(request.pathname)) return false;
  if (hasSessionCookie(request.cookieNames) || request.cookieNames.includes(localeCookie)) return false;
  if (request.headerNames.some((name) => ROUTER_HEADERS.includes(name))) return false;
  return !new URLSearchParams(request.search ?? "").has("_rsc");
}

/** May the app's page cache answer this request (and not its own render request)? */
export function isCacheablePageRequest(request: PublicRequest, localeCookie: string): boolean {
  return (
    isAnonymousPublicPage(request, localeCookie) &&
    !request.headerNames.includes(RENDER_HEADER) &&
    request.search.length <= MAX_CACHED_SEARCH
  );
}

/** The cache key of a page: its path and its query parameters in a fixed order. */
export function pageKey(target: string): string {
  const url = new URL(target, "http://local");
  const params = [...url.searchParams.entries()].sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  const search = new URLSearchParams(params).toString();
  return search ? `${url.pathname}?${search}` : url.pathname;
}

/** The nonce a rendered page's scripts carry, read from its Content-Security-Policy header. */
export function nonceOf(csp: string | null): string | null {
  return csp?.match(/'nonce-([A-Za-z0-9+/=_-]+)'/)?.[1] ?? null;
}

/** The page with every occurrence of the nonce it was rendered with replaced by this response's. */
export function withNonce(html: string, renderedNonce: string | null, nonce: string): string {
  return splitAtNonce(html, renderedNonce).join(nonce);
}

/** The page in the pieces between the nonce's occurrences, so a response only has to join them with its own. */
export function splitAtNonce(html: string, renderedNonce: string | null): string[] {
  return renderedNonce ? html.split(renderedNonce) : [html];
}

/** Does an If-None-Match header name this ETag (weak comparison, as RFC 9110 asks for GET)? */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || tag.trim().replace(/^W\//, "") === bare);
}

export type CachedPage = {
  key: string;
  revision: number;
  renderedAt: number;
  status: number;
  /** The page's bytes between the occurrences of the nonce it was rendered with (see splitAtNonce). */
  parts: Uint8Array[];
  /** Bytes held. */
  size: number;
  etag: string;
  contentType: string;
  /** Where a redirect points (never cached; passed on). */
  location: string | null;
  hits: number;
};

/** "fresh": serve it; "stale": serve it and re-render in the background; "changed": re-render first. */
export function freshness(page: CachedPage, revision: number, now: number, ttlMs = PAGE_TTL_MS): "fresh" | "stale" | "changed" {
  if (page.revision !== revision) return "changed";
  return now - page.renderedAt > ttlMs ? "stale" : "fresh";
}

/** Pages in memory, least recently used evicted first once their total size passes maxBytes. */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private size = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): CachedPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    this.pages.delete(key);
    this.pages.set(key, page);
    page.hits += 1;
    return page;
  }

  /** The page without counting a request for it. */
  peek(key: string): CachedPage | undefined {
    return this.pages.get(key);
  }

  set(page: CachedPage): void {
    const previous = this.pages.get(page.key);
    if (previous) {
      this.size -= previous.size;
      this.pages.delete(page.key);
      page.hits = Math.max(page.hits, previous.hits);
    }
    if (page.size > this.maxBytes) return;
    this.pages.set(page.key, page);
    this.size += page.size;
    for (const [key, oldest] of this.pages) {
      if (this.size <= this.maxBytes) break;
      this.pages.delete(key);
      this.size -= oldest.size;
    }
  }

  /** Bytes held. */
  get bytes(): number {
    return this.size;
  }

  get count(): number {
    return this.pages.size;
  }

  /** The most requested pages: the ones worth re-rendering before anyone asks, after a change. */
  hottest(limit: number): string[] {
    return [...this.pages.values()]
      .sort((a, b) => b.hits - a.hits)
      .slice(0, limit)
      .map((page) => page.key);
  }
}
