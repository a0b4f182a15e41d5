import { describe, expect, it } from "vitest";
import {
  SESSION_ABSOLUTE_LIFETIME_S,
  SESSION_IDLE_LIFETIME_S,
  SESSION_RENEW_AFTER_S,
  newSessionClaims,
  sessionClaims,
  sessionRefusal,
  sessionTokenMaxAge,
  shouldRenewSession,
  toTokenFields,
  type SessionClaims,
} from "./session";

const now = 1_800_000_000;
const fresh: SessionClaims = { userId: "u1", version: 3, signedInAt: now - 60, lastSeenAt: now - 60 };

describe("session claims", () => {
  it("are written at sign-in with the user's version and the time", () => {
    expect(newSessionClaims({ id: "u1", sessionVersion: 3 }, new Date(now * 1000))).toEqual({ userId: "u1", version: 3, signedInAt: now, lastSeenAt: now });
  });
  it("survive the round trip through the token fields", () => {
    expect(sessionClaims({ ...toTokenFields(fresh), iat: now, exp: now + 10, jti: "x" })).toEqual(fresh);
  });
  it.each([
    ["no payload", null],
    ["a token from before session versions", { sub: "u1" }],
    ["a version that is not a number", { sub: "u1", sv: "3", auth: now, seen: now }],
    ["a negative time", { sub: "u1", sv: 0, auth: -1, seen: now }],
    ["an empty subject", { sub: "", sv: 0, auth: now, seen: now }],
  ])("are missing from %s", (_name, payload) => {
    expect(sessionClaims(payload as Record<string, unknown> | null)).toBeNull();
  });
});

describe("sessionRefusal", () => {
  it("accepts a fresh session of the current version", () => {
    expect(sessionRefusal(fresh, 3, now)).toBeNull();
  });
  it("refuses a session of an older (or any other) version", () => {
    expect(sessionRefusal(fresh, 4, now)).toBe("revoked");
    expect(sessionRefusal(fresh, 2, now)).toBe("revoked");
  });
  it("refuses a session 12 hours after sign-in, however recently it was used", () => {
    const old = { ...fresh, signedInAt: now - SESSION_ABSOLUTE_LIFETIME_S, lastSeenAt: now };
    expect(sessionRefusal(old, 3, now)).toBe("expired");
    expect(sessionRefusal({ ...old, signedInAt: old.signedInAt + 1 }, 3, now)).toBeNull();
  });
  it("refuses a sign-in time in the future", () => {
    expect(sessionRefusal({ ...fresh, signedInAt: now + 3600 }, 3, now)).toBe("expired");
  });
  it("refuses a session unused for the idle lifetime", () => {
    expect(sessionRefusal({ ...fresh, signedInAt: now - SESSION_IDLE_LIFETIME_S - 10, lastSeenAt: now - SESSION_IDLE_LIFETIME_S }, 3, now)).toBe("idle");
    expect(sessionRefusal({ ...fresh, signedInAt: now - SESSION_IDLE_LIFETIME_S - 10, lastSeenAt: now - SESSION_IDLE_LIFETIME_S + 1 }, 3, now)).toBeNull();
  });
});

describe("renewal", () => {
  it("renews a live token whose stamp is old enough, and no other", () => {
    expect(shouldRenewSession({ ...fresh, lastSeenAt: now - SESSION_RENEW_AFTER_S + 1 }, now)).toBe(false);
    expect(shouldRenewSession({ ...fresh, signedInAt: now - 3600, lastSeenAt: now - SESSION_RENEW_AFTER_S }, now)).toBe(true);
    expect(shouldRenewSession({ ...fresh, signedInAt: now - 3 * 3600, lastSeenAt: now - SESSION_IDLE_LIFETIME_S }, now)).toBe(false);
    expect(shouldRenewSession({ ...fresh, signedInAt: now - SESSION_ABSOLUTE_LIFETIME_S, lastSeenAt: now - 3600 }, now)).toBe(false);
  });
  it("never gives a token longer than the absolute lifetime", () => {
    expect(sessionTokenMaxAge({ ...fresh, signedInAt: now }, now)).toBe(SESSION_ABSOLUTE_LIFETIME_S);
    expect(sessionTokenMaxAge({ ...fresh, signedInAt: now - SESSION_ABSOLUTE_LIFETIME_S + 30 }, now)).toBe(30);
    expect(sessionTokenMaxAge({ ...fresh, signedInAt: now - SESSION_ABSOLUTE_LIFETIME_S - 30 }, now)).toBe(0);
  });
});
