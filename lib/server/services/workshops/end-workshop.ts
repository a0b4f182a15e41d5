import { ConflictError, UnauthenticatedError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";
import { applyWorkshopCommand, VOTE_LIMIT_PREFIX, VOTE_RATE_LIMIT } from "@/lib/domain/workshop";
import { parseInput } from "@/lib/validation/common";
import { endWorkshopSchema } from "@/lib/validation/workshop";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { publishWorkshopChange } from "@/lib/server/live/workshops";
import { pruneAttempts } from "@/lib/server/rate-limit";
import { claimOrConflict } from "../../write/claim";
import { recordWorkshopParticipation } from "@/lib/server/write/record-workshop-participation";
import { assertMayRecordParticipationOn, loadWorkshopForActor } from "@/lib/server/load/workshop";

/**
 * The facilitator ends the workshop: voting stops (an open statement is closed), the join code stops
 * working, and a workshop linked to a compact adds its entry to the participation matrix with the
 * counts per sector the facilitator confirms (at most the measured ones), all in one transaction.
 */
export async function endWorkshop(actor: Actor | null, input: unknown): Promise<{ participationEntryId: string | null }> {
  const { workshopId, publicCount, civilCount } = parseInput(endWorkshopSchema, input);
  if (!actor) throw new UnauthenticatedError();
  const result = await getDb().$transaction(async (tx) => {
    const workshop = await loadWorkshopForActor(tx, actor, workshopId, "workshop.manage");
    await assertMayRecordParticipationOn(tx, actor, workshop.compactId);
    const next = applyWorkshopCommand(workshop.status, "end", workshop.statements.length);
    if (!next.ok) throw new ConflictError(next.reason);
    const endedAt = new Date();
    await claimOrConflict(tx.workshop.updateMany({ where: { id: workshopId, status: workshop.status }, data: { status: next.status, endedAt } }));
    await tx.workshopStatement.updateMany({ where: { workshopId, status: "open" }, data: { status: "closed", closedAt: endedAt } });
    const entry = await recordWorkshopParticipation(tx, { ...workshop, endedAt }, actor.userId, { publicCount, civilCount });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "workshop.ended",
      entityType: "workshop",
      entityId: workshopId,
      municipalityId: workshop.municipalityId,
      compactId: workshop.compactId,
      before: { status: workshop.status },
      after: { status: next.status, participationEntryId: entry?.id ?? null },
    });
    return { participationEntryId: entry?.id ?? null };
  });
  await publishWorkshopChange(workshopId, "state");
  await pruneAttempts(VOTE_LIMIT_PREFIX, VOTE_RATE_LIMIT).catch((error: unknown) => console.error("[rate-limit] pruning failed", error));
  return result;
}
