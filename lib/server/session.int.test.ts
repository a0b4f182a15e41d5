import { describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { SESSION_ABSOLUTE_LIFETIME_S, SESSION_IDLE_LIFETIME_S, epochSeconds, toTokenFields, type SessionClaims } from "@/lib/domain/session";
import { resolveAccess } from "@/lib/collab/auth";
import { DEMO_PASSWORD } from "@/lib/server/seed/demo-data";
import { getAuthOptions, getActor } from "./auth";
import { getDb } from "./db";
import { getEnv } from "./env";
import { renewedSessionCookie, sessionFromCookies } from "./session-token";
import { redeemToken } from "./services/auth/redeem-token";
import { requestPasswordReset } from "./services/auth/request-password-reset";
import { signOutEverywhere } from "./services/auth/sign-out-everywhere";
import { verifySignIn } from "./services/auth/verify-sign-in";
import { latestLinkToken, withDemoDatabase } from "./testing/integration";

// Outside a Next request there are no request headers: getActor reads the Cookie header set here.
const request = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(request.cookie ? { cookie: request.cookie } : {}),
  cookies: async () => ({ get: () => undefined, set: () => {} }),
}));

withDemoDatabase();

const secret = () => getEnv().AUTH_SECRET;
const HOUR_S = 60 * 60;

/** Signs in as the sign-in form does and returns the cookie next-auth would set (through the app's jwt callback). */
async function signIn(email: string, password = DEMO_PASSWORD): Promise<string> {
  const user = await verifySignIn({ email, password }, "10.9.0.1");
  const jwt = getAuthOptions().callbacks!.jwt!;
  const token = await jwt({ token: {}, user: { id: user.id, sessionVersion: user.sessionVersion } } as unknown as Parameters<typeof jwt>[0]);
  return `next-auth.session-token=${await encode({ token, secret: secret(), maxAge: SESSION_ABSOLUTE_LIFETIME_S })}`;
}

/** A cookie with these claims that next-auth itself would accept: it re-encodes tokens with a fresh expiry whenever they are used. */
async function cookieWith(claims: SessionClaims): Promise<string> {
  return `next-auth.session-token=${await encode({ token: toTokenFields(claims), secret: secret(), maxAge: SESSION_ABSOLUTE_LIFETIME_S })}`;
}

async function actorFor(cookie: string) {
  request.cookie = cookie;
  return getActor();
}

async function claimsOf(cookie: string): Promise<SessionClaims> {
  const claims = await sessionFromCookies(cookie, secret());
  if (!claims) throw new Error("no session in the cookie");
  return claims;
}

describe("sessions", () => {
  it("knows the signed-in user from the cookie, and nobody without one or with a token from before session versions", async () => {
    const cookie = await signIn("idrott@demo.overens.se");
    expect(await actorFor(cookie)).toMatchObject({ role: "association_rep" });
    expect(await actorFor("")).toBeNull();
    const { userId } = await claimsOf(cookie);
    const legacy = `next-auth.session-token=${await encode({ token: { sub: userId }, secret: secret(), maxAge: HOUR_S })}`;
    expect(await actorFor(legacy)).toBeNull();
  });

  it("refuses a token issued before a password reset", async () => {
    const email = "forening@demo.overens.se";
    const stolen = await signIn(email);
    expect(await actorFor(stolen)).not.toBeNull();
    await requestPasswordReset({ email }, "192.0.2.10");
    await redeemToken("reset", { token: await latestLinkToken(email), password: "ett helt nytt lösenord", confirm: "ett helt nytt lösenord" });
    expect(await actorFor(stolen)).toBeNull();
    expect(await actorFor(await signIn(email, "ett helt nytt lösenord"))).not.toBeNull();
  });

  it("refuses every older token after “sign out everywhere”, on the co-editing server too", async () => {
    const email = "tjansteperson@demo.overens.se";
    const laptop = await signIn(email);
    const phone = await signIn(email);
    const actor = await actorFor(laptop);
    expect(actor).not.toBeNull();
    const compact = await getDb().compact.findFirstOrThrow();
    const ref = { compactId: compact.id, versionNumber: compact.currentVersion };
    expect((await resolveAccess(await claimsOf(phone), ref)).ok).toBe(true);

    await signOutEverywhere(actor);

    expect(await actorFor(laptop)).toBeNull();
    expect(await actorFor(phone)).toBeNull();
    expect(await resolveAccess(await claimsOf(phone), ref)).toEqual({ ok: false, reason: "unauthenticated" });
    const audit = await getDb().auditEvent.findFirst({ where: { action: "user.signedOutEverywhere", entityId: actor!.userId } });
    expect(audit).not.toBeNull();
    expect(await actorFor(await signIn(email))).not.toBeNull();
    await expect(signOutEverywhere(null)).rejects.toMatchObject({ code: "unauthenticated" });
  });

  it("refuses a token more than 12 hours after sign-in even if it was used a minute ago", async () => {
    const claims = await claimsOf(await signIn("politiker@demo.overens.se"));
    const now = epochSeconds(new Date());
    const recentlyUsed = { lastSeenAt: now - 60 };
    expect(await actorFor(await cookieWith({ ...claims, ...recentlyUsed, signedInAt: now - SESSION_ABSOLUTE_LIFETIME_S + 120 }))).not.toBeNull();
    expect(await actorFor(await cookieWith({ ...claims, ...recentlyUsed, signedInAt: now - SESSION_ABSOLUTE_LIFETIME_S - 1 }))).toBeNull();
  });

  it("refuses a token unused for 2 hours; using it renews the stamp, but never past 12 hours from sign-in", async () => {
    const claims = await claimsOf(await signIn("admin@demo.overens.se"));
    const now = new Date();
    const nowS = epochSeconds(now);
    expect(await actorFor(await cookieWith({ ...claims, lastSeenAt: nowS - SESSION_IDLE_LIFETIME_S - 1 }))).toBeNull();

    const idleAWhile = [{ name: "next-auth.session-token", value: (await cookieWith({ ...claims, lastSeenAt: nowS - HOUR_S })).split("=")[1]! }];
    const renewed = await renewedSessionCookie(idleAWhile, secret(), now);
    expect(renewed).not.toBeNull();
    expect((await claimsOf(`${renewed!.name}=${renewed!.value}`)).lastSeenAt).toBe(nowS);
    expect(await actorFor(`${renewed!.name}=${renewed!.value}`)).not.toBeNull();

    const nearlyOver = { ...claims, signedInAt: nowS - SESSION_ABSOLUTE_LIFETIME_S + 30, lastSeenAt: nowS - HOUR_S };
    const last = await renewedSessionCookie([{ name: "next-auth.session-token", value: (await cookieWith(nearlyOver)).split("=")[1]! }], secret(), now);
    expect(last!.maxAge).toBeLessThanOrEqual(30);
    const later = new Date(now.getTime() + 31_000);
    // Past the absolute lifetime nothing renews it any more.
    expect(await renewedSessionCookie([{ name: last!.name, value: last!.value }], secret(), later)).toBeNull();
  });
});
