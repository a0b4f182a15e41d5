import { UnauthenticatedError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";

/**
 * Ends every session of the actor's account, on every device, this one included: raising the session
 * version makes every token issued so far fail loadSessionActor (the app and the co-editing server).
 */
export async function signOutEverywhere(actor: Actor | null): Promise<void> {
  if (!actor) throw new UnauthenticatedError();
  await getDb().$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "user.signedOutEverywhere",
      entityType: "user",
      entityId: actor.userId,
      municipalityId: actor.municipalityId,
    });
  });
}
