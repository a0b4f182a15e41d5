import { decode } from "next-auth/jwt";
import { loadActor } from "@/lib/server/actor";
import { getDb } from "@/lib/server/db";
import { isSector, type Role, type Sector } from "@/lib/domain/roles";
import { textAccess } from "./access";
import type { CollabDocumentRef } from "./document-name";
import type { CollabAccess, RefusalReason } from "./protocol";

/**
 * Who is on a collaboration connection. The browser sends the same httpOnly next-auth cookie it
 * sends to the app (the collaboration server must be on the same site), so no token is ever handed
 * to page scripts; the server reads the JWT's `sub` and then the actor from the database, exactly
 * as the app does on every request.
 */

/** next-auth's cookie names: `__Secure-` when the app runs on https. */
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** The session token from a Cookie header, joining next-auth's chunks (`name.0`, `name.1`, …). */
export function readSessionToken(cookieHeader: string | undefined): string | null {
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

/** The signed-in user's id from the session cookie, or null (no cookie, expired, forged). */
export async function sessionUserId(cookieHeader: string | undefined, secret: string): Promise<string | null> {
  const token = readSessionToken(cookieHeader);
  if (!token) return null;
  try {
    const payload = await decode({ token, secret });
    return typeof payload?.sub === "string" && payload.sub ? payload.sub : null;
  } catch {
    return null;
  }
}

export type CollabUser = { userId: string; name: string; role: Role; sector: Sector };
export type CollabContext = CollabUser & { access: CollabAccess; compactId: string; versionNumber: number };
export type AccessResult = { ok: true; context: CollabContext } | { ok: false, reason: RefusalReason };

/**
 * What this user may do with this compact version right now: loaded fresh from the database (role,
 * stage, drafting group, frozen) and decided by the permission map through textAccess().
 */
export async function resolveAccess(userId: string, ref: CollabDocumentRef): Promise<AccessResult> {
  const actor = await loadActor(userId);
  if (!actor) return { ok: false, reason: "unauthenticated" };
  const db = getDb();
  const [compact, user] = await Promise.all([
    db.compact.findUnique({
      where: { id: ref.compactId },
      select: {
        municipalityId: true,
        stage: true,
        currentVersion: true,
        draftingGroup: { where: { organisationId: actor.organisationId }, select: { organisationId: true } },
        versions: { where: { number: ref.versionNumber }, select: { frozenAt: true } },
      },
    }),
    db.user.findUnique({ where: { id: userId }, select: { name: true } }),
  ]);
  const version = compact?.versions[0];
  if (!compact || !version || !user) return { ok: false, reason: "notFound" };
  const access = textAccess(actor, {
    municipalityId: compact.municipalityId,
    stage: compact.stage,
    inDraftingGroup: compact.draftingGroup.length > 0,
    frozen: version.frozenAt !== null,
  });
  // Outside the municipality the compact does not exist, as everywhere else in the app.
  if (!access) return { ok: false, reason: "notFound" };
  if (ref.versionNumber !== compact.currentVersion) return { ok: false, reason: "staleVersion" };
  if (!isSector(actor.sector)) return { ok: false, reason: "forbidden" };
  return {
    ok: true,
    context: { userId, name: user.name, role: actor.role, sector: actor.sector, access, compactId: ref.compactId, versionNumber: ref.versionNumber },
  };
}

/** Whether a browser's Origin may open a connection: the app's own origin, or none (Node clients). */
export function isAllowedOrigin(origin: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined) return true;
  return allowed.includes(origin);
}
