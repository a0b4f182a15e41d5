import type { SessionClaims } from "@/lib/domain/session";
import { loadSessionActor } from "@/lib/server/actor";
import { readSessionToken, sessionFromCookies } from "@/lib/server/session-token";
import { getDb } from "@/lib/server/db";
import { isSector, type Role, type Sector } from "@/lib/domain/roles";
import { textAccess } from "./access";
import type { CollabDocumentRef } from "./document-name";
import type { CollabAccess, RefusalReason } from "./protocol";

/**
 * Who is on a collaboration connection. The browser sends the same httpOnly next-auth cookie it
 * sends to the app (the collaboration server must be on the same site), so no token is ever handed
 * to page scripts; the server reads the JWT's claims and then the actor from the database, exactly
 * as the app does on every request (so a revoked, idle or too old session is refused here too).
 */

export { readSessionToken };

/** The session's claims from the cookie, or null (no cookie, expired, forged, from before session versions). */
export async function sessionFromCookie(cookieHeader: string | undefined, secret: string): Promise<SessionClaims | null> {
  return sessionFromCookies(cookieHeader, secret);
}

export type CollabUser = { userId: string; name: string; role: Role; sector: Sector };
export type CollabContext = CollabUser & { access: CollabAccess; compactId: string; versionNumber: number; session: SessionClaims };
export type AccessResult = { ok: true; context: CollabContext } | { ok: false, reason: RefusalReason };

/**
 * What this user may do with this compact version right now: loaded fresh from the database (role,
 * stage, drafting group, frozen) and decided by the permission map through textAccess().
 */
export async function resolveAccess(session: SessionClaims, ref: CollabDocumentRef): Promise<AccessResult> {
  const userId = session.userId;
  const actor = await loadSessionActor(session);
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
    context: { userId, name: user.name, role: actor.role, sector: actor.sector, access, compactId: ref.compactId, versionNumber: ref.versionNumber, session },
  };
}

/** Whether a browser's Origin may open a connection: the app's own origin, or none (Node clients). */
export function isAllowedOrigin(origin: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined) return true;
  return allowed.includes(origin);
}
