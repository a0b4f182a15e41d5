import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce, STATIC_SECURITY_HEADERS } from "@/lib/security-headers";
import { isAnonymousPublicPage, isCacheablePageRequest, PAGE_HEADER, type PublicRequest } from "@/lib/domain/public-cache";
import { LOCALE_COOKIE } from "@/lib/i18n/core";
import { getEnv } from "@/lib/server/env";
import { renewedSessionCookie } from "@/lib/server/session-token";

/**
 * Adds headers (a fresh CSP nonce per request, the security headers) and sends an anonymous visitor's
 * portal page to the page cache, and renews a signed-in user's session cookie while it is in use (its
 * last-seen stamp, for the idle lifetime). Authorisation is done in the services, never here.
 */
export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === "development",
    https: request.nextUrl.protocol === "https:",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const publicRequest: PublicRequest = {
    method: request.method,
    pathname: request.nextUrl.pathname,
    search: request.nextUrl.search,
    cookieNames: request.cookies.getAll().map((c) => c.name),
    headerNames: [...request.headers.keys()],
  };
  // An anonymous visitor's portal page comes from the app's page cache (app/api/public-page), which
  // renders it once per change and answers with this response's nonce and an ETag.
  const cached = process.env.NODE_ENV === "production" && process.env.PUBLIC_PAGE_CACHE !== "off" && isCacheablePageRequest(publicRequest, LOCALE_COOKIE);
  let response: NextResponse;
  if (cached) {
    requestHeaders.set(PAGE_HEADER, request.nextUrl.pathname + request.nextUrl.search);
    response = NextResponse.rewrite(new URL("/api/public-page", request.url), { request: { headers: requestHeaders } });
  } else {
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  // The portal as an anonymous visitor in the default language sees it is the same for everyone:
  // shared caches (a CDN, the documented nginx) may keep it. Anything with a session stays private.
  if (!cached && isAnonymousPublicPage(publicRequest, LOCALE_COOKIE)) {
    response.headers.set("Cache-Control", "public, max-age=0, s-maxage=60, stale-while-revalidate=600");
  }
  const renewed = await renewedSessionCookie(request.cookies.getAll(), getEnv().AUTH_SECRET);
  if (renewed) {
    response.cookies.set(renewed.name, renewed.value, { httpOnly: true, sameSite: "lax", path: "/", secure: renewed.secure, maxAge: renewed.maxAge });
  }
  return response;
}

/**
 * Pages only: static files, and the JSON and event-stream endpoints (/api/…, a workshop's join, vote
 * and stream), render no HTML, so they need no nonce; their static security headers come from
 * next.config.ts. Skipping them matters when hundreds of phones vote at once.
 */
export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/|w/[^/]+/(?:join|vote|stream)).*)" }],
};
