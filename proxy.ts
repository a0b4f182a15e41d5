import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, STATIC_SECURITY_HEADERS } from "@/lib/security-headers";
import { hasSessionCookie, isPublicPagePath } from "@/lib/domain/publication";
import { LOCALE_COOKIE } from "@/lib/i18n/core";

/**
 * Only adds headers: a fresh CSP nonce per request, and the security headers. Authorisation is done
 * in the services, never here.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === "development",
    https: request.nextUrl.protocol === "https:",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  // The portal as an anonymous visitor in the default language sees it is the same for everyone:
  // shared caches (a CDN, the documented nginx) may keep it. Anything with a session stays private.
  const cookieNames = request.cookies.getAll().map((c) => c.name);
  if ((request.method === "GET" || request.method === "HEAD") && isPublicPagePath(request.nextUrl.pathname) && !hasSessionCookie(cookieNames) && !cookieNames.includes(LOCALE_COOKIE)) {
    response.headers.set("Cache-Control", "public, max-age=0, s-maxage=60, stale-while-revalidate=600");
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
