/**
 * How long a sign-in lasts. The session token carries the user's session version from the moment of
 * sign-in (raising the version in the database ends every older session: password reset, "sign out
 * everywhere"), when the sign-in was, and when the token was last renewed. A session ends 12 hours
 * after sign-in however much it is used, and after 2 hours without use.
 */
export const SESSION_ABSOLUTE_LIFETIME_S = 12 * 60 * 60;
export const SESSION_IDLE_LIFETIME_S = 2 * 60 * 60;
/** How stale the token's last-seen stamp may get before a request renews it. */
export const SESSION_RENEW_AFTER_S = 5 * 60;

/** What the app reads from a session token (times in whole seconds since the epoch, as in JWTs). */
export type SessionClaims = { userId: string; version: number; signedInAt: number; lastSeenAt: number };

/** The JWT fields the claims are stored under. */
export type SessionTokenFields = { sub: string; sv: number; auth: number; seen: number };

export function toTokenFields(claims: SessionClaims): SessionTokenFields {
  return { sub: claims.userId, sv: claims.version, auth: claims.signedInAt, seen: claims.lastSeenAt };
}

const wholeNumber = (value: unknown): value is number => typeof value === "number" && Number.isSafeInteger(value) && value >= 0;

/** The claims from a decoded token, or null when any is missing (e.g. a token from before versions). */
export function sessionClaims(payload: Record<string, unknown> | null | undefined): SessionClaims | null {
  if (!payload) return null;
  const { sub, sv, auth, seen } = payload;
  if (typeof sub !== "string" || !sub || !wholeNumber(sv) || !wholeNumber(auth) || !wholeNumber(seen)) return null;
  return { userId: sub, version: sv, signedInAt: auth, lastSeenAt: seen };
}

export type SessionRefusal = "expired" | "idle" | "revoked";

/** Why a session may no longer be used at `nowS`, given the user's current session version, or null when it may. */
export function sessionRefusal(claims: SessionClaims, currentVersion: number, nowS: number): SessionRefusal | null {
  if (claims.version !== currentVersion) return "revoked";
  if (nowS >= claims.signedInAt + SESSION_ABSOLUTE_LIFETIME_S || claims.signedInAt > nowS + 60) return "expired";
  if (nowS >= claims.lastSeenAt + SESSION_IDLE_LIFETIME_S) return "idle";
  return null;
}

/** Whether the token should be written anew with a fresh last-seen stamp (and is still worth renewing). */
export function shouldRenewSession(claims: SessionClaims, nowS: number): boolean {
  const alive = nowS < claims.signedInAt + SESSION_ABSOLUTE_LIFETIME_S && nowS < claims.lastSeenAt + SESSION_IDLE_LIFETIME_S;
  return alive && nowS - claims.lastSeenAt >= SESSION_RENEW_AFTER_S;
}

/** Seconds the token may still live: never past the absolute lifetime. */
export function sessionTokenMaxAge(claims: SessionClaims, nowS: number): number {
  return Math.max(0, claims.signedInAt + SESSION_ABSOLUTE_LIFETIME_S - nowS);
}

export function epochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

/** The claims written into the token when a user signs in. */
export function newSessionClaims(user: { id: string; sessionVersion: number }, now: Date): SessionClaims {
  const nowS = epochSeconds(now);
  return { userId: user.id, version: user.sessionVersion, signedInAt: nowS, lastSeenAt: nowS };
}
