import type { Actor } from "@/lib/domain/roles";
import { isRole, isSector } from "@/lib/domain/roles";
import { epochSeconds, sessionRefusal, type SessionClaims } from "@/lib/domain/session";
import { getDb } from "./db";

const ACTOR_INCLUDE = { memberships: { include: { organisation: true }, orderBy: { createdAt: "asc" } } } as const;

type UserWithMemberships = {
  id: string;
  active: boolean;
  memberships: { role: string; organisationId: string; organisation: { sector: string; municipalityId: string } }[];
};

function toActor(user: UserWithMemberships | null): Actor | null {
  if (!user || !user.active) return null;
  const membership = user.memberships[0];
  if (!membership || !isRole(membership.role) || !isSector(membership.organisation.sector)) return null;
  return {
    userId: user.id,
    role: membership.role,
    sector: membership.organisation.sector,
    organisationId: membership.organisationId,
    municipalityId: membership.organisation.municipalityId,
  };
}

/**
 * Builds the actor from the database. Called on every request, so a changed role or a deactivated
 * account takes effect on the next request rather than when the session token expires.
 */
export async function loadActor(userId: string): Promise<Actor | null> {
  return toActor(await getDb().user.findUnique({ where: { id: userId }, include: ACTOR_INCLUDE }));
}

/**
 * The actor behind a session token's claims, or null when the session has ended: its version is no
 * longer the user's (password reset, "sign out everywhere"), it is older than the absolute lifetime,
 * or it has not been used for the idle lifetime (lib/domain/session.ts).
 */
export async function loadSessionActor(claims: SessionClaims | null, now = new Date()): Promise<Actor | null> {
  if (!claims) return null;
  const user = await getDb().user.findUnique({ where: { id: claims.userId }, include: ACTOR_INCLUDE });
  if (!user || sessionRefusal(claims, user.sessionVersion, epochSeconds(now))) return null;
  return toActor(user);
}
