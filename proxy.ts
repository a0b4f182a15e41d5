import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, STATIC_SECURITY_HEADERS } from "@/lib/security-headers";

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
