import type { Actor } from "@/lib/domain/roles";
import { isRole, isSector } from "@/lib/domain/roles";
import { getDb } from "./db";

/**
 * Builds the actor from the database. Called on every request, so a changed role or a deactivated
 * account takes effect on the next request rather than when the session token expires.
 */
export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await getDb().user.findUnique({
    where: { id: userId },
    include: { memberships: { include: { organisation: true }, orderBy: { createdAt: "asc" } } },
  });
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
