import { decode, encode } from "next-auth/jwt";
import { epochSeconds, sessionClaims, sessionTokenMaxAge, shouldRenewSession, toTokenFields, type SessionClaims } from "@/lib/domain/session";

/**
 * The next-auth session cookie, read and written outside next-auth: by the app (getActor), the proxy
 * that renews the last-seen stamp, and the co-editing server, which gets the same httpOnly cookie.
 */

/** next-auth's cookie names: `__Secure-` when the app runs on https. */
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

/** The session cookie's name for an app served over https or not, as next-auth names it. */
export function sessionCookieName(secure: boolean): string {
  return secure ? SESSION_COOKIES[0] : SESSION_COOKIES[1];
}

/** The session token from a Cookie header, joining next-auth's chunks (`name.0`, `name.1`, …). */
export function readSessionToken(cookieHeader: string | null | undefined): string | null {
  if (!cookieHeader) return null;
  const cookies = new Map<string, string>();
  for (const part of cookieHeader.split(";")) {
    const index = part.indexOf("=");
    if (index < 0) continue;
    const name = part.slice(0, index).trim();
    try {
      cookies.set(name, decodeURIComponent(part.slice(index + 1).trim()));
    } catch {
      // A malformed cookie from elsewhere on the site is not ours to judge.
    }
  }
  for (const name of SESSION_COOKIES) {
    const whole = cookies.get(name);
    if (whole) return whole;
    const chunks: string[] = [];
    for (let i = 0; cookies.has(`${name}.${i}`); i++) chunks.push(cookies.get(`${name}.${i}`)!);
    if (chunks.length) return chunks.join("");
  }
  return null;
}

/** The claims of a session token, or null (none, expired, forged, or from before session versions). */
export async function decodeSessionToken(token: string | null, secret: string): Promise<SessionClaims | null> {
  if (!token) return null;
  try {
    return sessionClaims(await decode({ token, secret }));
  } catch {
    return null;
  }
}

/** The session claims from a Cookie header. Whether the session is still good is loadSessionActor's call. */
export async function sessionFromCookies(cookieHeader: string | null | undefined, secret: string): Promise<SessionClaims | null> {
  return decodeSessionToken(readSessionToken(cookieHeader), secret);
}

/** A session token for these claims, as next-auth writes it; it expires at the absolute lifetime. */
export async function encodeSessionToken(claims: SessionClaims, secret: string, nowS: number): Promise<string> {
  return encode({ token: toTokenFields(claims), secret, maxAge: sessionTokenMaxAge(claims, nowS) });
}

export type RenewedCookie = { name: string; value: string; maxAge: number; secure: boolean };

/**
 * The session cookie written anew with a fresh last-seen stamp, when the one sent is valid and its
 * stamp is old enough to be worth renewing (lib/domain/session.ts); null otherwise. Whether the
 * session is revoked is not checked here: a revoked token stays refused however fresh its stamp.
 */
export async function renewedSessionCookie(
  cookies: readonly { name: string; value: string }[],
  secret: string,
  now = new Date(),
): Promise<RenewedCookie | null> {
  const found = SESSION_COOKIES.map((name) => cookies.find((cookie) => cookie.name === name)).find(Boolean);
  // A chunked cookie (name.0, name.1, …) is far larger than ours ever are: left to next-auth.
  if (!found) return null;
  const claims = await decodeSessionToken(found.value, secret);
  const nowS = epochSeconds(now);
  if (!claims || !shouldRenewSession(claims, nowS)) return null;
  const fresh = { ...claims, lastSeenAt: nowS };
  return {
    name: found.name,
    value: await encodeSessionToken(fresh, secret, nowS),
    maxAge: sessionTokenMaxAge(fresh, nowS),
    secure: found.name.startsWith("__Secure-"),
  };
}
