import { describe, expect, it } from "vitest";
import {
  MAX_CACHED_SEARCH,
  PageCache,
  RENDER_HEADER,
  etagMatches,
  freshness,
  isAnonymousPublicPage,
  isCacheablePageRequest,
  nonceOf,
  pageKey,
  splitAtNonce,
  withNonce,
  type CachedPage,
  type PublicRequest,
} from "./public-cache";

const LOCALE = "locale";
const visit = (over: Partial<PublicRequest> = {}): PublicRequest => ({
  method: "GET",
  pathname: "/exempelkommun/overenskommelse",
  search: "",
  cookieNames: [],
  headerNames: ["accept", "user-agent"],
  ...over,
});

function page(over: Partial<CachedPage> = {}): CachedPage {
  return { key: "/a", revision: 1, renderedAt: 0, status: 200, parts: [], size: 10, etag: 'W/"1"', contentType: "text/html", location: null, hits: 0, ...over };
}

describe("which requests the public page cache answers", () => {
  it("answers an anonymous visitor's GET or HEAD of a portal page", () => {
    for (const pathname of ["/", "/portal", "/exempelkommun", "/exempelkommun/overenskommelse", "/exempelkommun/overenskommelse/compare"]) {
      expect(isCacheablePageRequest(visit({ pathname }), LOCALE)).toBe(true);
      expect(isCacheablePageRequest(visit({ pathname, method: "HEAD" }), LOCALE)).toBe(true);
    }
  });

  it("never answers a signed-in visitor, a chosen language, a POST or a member page", () => {
    expect(isCacheablePageRequest(visit({ cookieNames: ["next-auth.session-token"] }), LOCALE)).toBe(false);
    expect(isCacheablePageRequest(visit({ cookieNames: ["__Secure-next-auth.session-token"] }), LOCALE)).toBe(false);
    expect(isCacheablePageRequest(visit({ cookieNames: [LOCALE] }), LOCALE)).toBe(false);
    expect(isCacheablePageRequest(visit({ method: "POST" }), LOCALE)).toBe(false);
    expect(isCacheablePageRequest(visit({ pathname: "/compacts/abc" }), LOCALE)).toBe(false);
    expect(isCacheablePageRequest(visit({ pathname: "/exempelkommun/overenskommelse/pdf" }), LOCALE)).toBe(false);
  });

  it("leaves Next's own router requests and the cache's render request to the page itself", () => {
    for (const header of ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action"]) {
      expect(isAnonymousPublicPage(visit({ headerNames: ["accept", header] }), LOCALE)).toBe(false);
    }
    expect(isAnonymousPublicPage(visit({ search: "?_rsc=abc" }), LOCALE)).toBe(false);
    expect(isAnonymousPublicPage(visit({ headerNames: [RENDER_HEADER] }), LOCALE)).toBe(true);
    expect(isCacheablePageRequest(visit({ headerNames: [RENDER_HEADER] }), LOCALE)).toBe(false);
  });

  it("does not keep pages for long query strings, which would each be an entry", () => {
    expect(isCacheablePageRequest(visit({ search: `?q=${"a".repeat(MAX_CACHED_SEARCH)}` }), LOCALE)).toBe(false);
    expect(isCacheablePageRequest(visit({ search: "?q=skola&page=2" }), LOCALE)).toBe(true);
  });
});

describe("page keys, nonces and ETags", () => {
  it("keys a page by its path and its query in a fixed order", () => {
    expect(pageKey("/portal?stage=decision&q=skola")).toBe(pageKey("/portal?q=skola&stage=decision"));
    expect(pageKey("/portal?q=skola")).not.toBe(pageKey("/portal?q=idrott"));
    expect(pageKey("/exempelkommun")).toBe("/exempelkommun");
    expect(pageKey("/portal?b=2&a=1&a=0")).toBe("/portal?a=0&a=1&b=2");
  });

  it("reads the nonce from a CSP header and gives every response its own", () => {
    const csp = "default-src 'self'; script-src 'self' 'nonce-QUJDREVGRw==' 'strict-dynamic'; style-src 'self' 'nonce-QUJDREVGRw=='";
    expect(nonceOf(csp)).toBe("QUJDREVGRw==");
    expect(nonceOf("default-src 'self'")).toBeNull();
    expect(nonceOf(null)).toBeNull();
    const html = '<script nonce="QUJDREVGRw==">a</script><style nonce="QUJDREVGRw=="></style>';
    expect(withNonce(html, "QUJDREVGRw==", "TkVX")).toBe('<script nonce="TkVX">a</script><style nonce="TkVX"></style>');
    expect(withNonce(html, null, "TkVX")).toBe(html);
    expect(splitAtNonce(html, "QUJDREVGRw==")).toEqual(['<script nonce="', '">a</script><style nonce="', '"></style>']);
    expect(splitAtNonce(html, null)).toEqual([html]);
  });

  it("matches If-None-Match weakly, in a list, and *", () => {
    expect(etagMatches('W/"abc"', 'W/"abc"')).toBe(true);
    expect(etagMatches('"abc"', 'W/"abc"')).toBe(true);
    expect(etagMatches('"x", W/"abc"', '"abc"')).toBe(true);
    expect(etagMatches("*", '"abc"')).toBe(true);
    expect(etagMatches('"abd"', '"abc"')).toBe(false);
    expect(etagMatches(null, '"abc"')).toBe(false);
  });
});

describe("freshness of a cached page", () => {
  it("is changed after any change, stale after the TTL, fresh before", () => {
    expect(freshness(page({ revision: 1 }), 2, 0)).toBe("changed");
    expect(freshness(page({ renderedAt: 0 }), 1, 1000, 60_000)).toBe("fresh");
    expect(freshness(page({ renderedAt: 0 }), 1, 60_001, 60_000)).toBe("stale");
  });
});

describe("PageCache", () => {
  it("evicts the least recently used pages once over its size", () => {
    const cache = new PageCache(25);
    cache.set(page({ key: "/a" }));
    cache.set(page({ key: "/b" }));
    cache.get("/a");
    cache.set(page({ key: "/c" }));
    expect(cache.peek("/b")).toBeUndefined();
    expect(cache.peek("/a")).toBeDefined();
    expect(cache.peek("/c")).toBeDefined();
    expect(cache.bytes).toBe(20);
    expect(cache.count).toBe(2);
  });

  it("replaces a page in place, keeping its request count, and refuses one larger than the whole cache", () => {
    const cache = new PageCache(100);
    cache.set(page({ key: "/a" }));
    cache.get("/a");
    cache.get("/a");
    cache.set(page({ key: "/a", revision: 2, size: 30 }));
    expect(cache.peek("/a")?.revision).toBe(2);
    expect(cache.peek("/a")?.hits).toBe(2);
    expect(cache.bytes).toBe(30);
    cache.set(page({ key: "/huge", size: 101 }));
    expect(cache.peek("/huge")).toBeUndefined();
  });

  it("lists the most requested pages first", () => {
    const cache = new PageCache(1000);
    for (const key of ["/a", "/b", "/c"]) cache.set(page({ key }));
    cache.get("/c");
    cache.get("/c");
    cache.get("/b");
    expect(cache.hottest(2)).toEqual(["/c", "/b"]);
  });
});
