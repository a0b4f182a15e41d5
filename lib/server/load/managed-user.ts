import type { Actor } from "@/lib/domain/roles";
import { getDb } from "@/lib/server/db";

/** The membership of a user in the admin's own municipality, or null: admins manage only their own. */
export async function findManagedMembership(actor: Actor, userId: string) {
  return getDb().membership.findFirst({
    where: { userId, organisation: { municipalityId: actor.municipalityId } },
    include: { organisation: true, user: true },
    orderBy: { createdAt: "asc" },
  });
}
