import { signedIn } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { excludeJoinBurstSchema } from "@/lib/validation/workshop";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { publishWorkshopChange } from "@/lib/server/live/workshops";
import { loadWorkshopForActor } from "@/lib/server/load/workshop";

/**
 * The facilitator excludes a burst of joins (a time window): the participants who joined in it no
 * longer count, and neither do their votes, in the tallies, the results and the participation matrix.
 * Their rows and votes stay (audited, with how many were excluded). Signed-in participants are never
 * part of a burst: they count once with their own account.
 */
export async function excludeJoinBurst(actor: Actor | null, input: unknown): Promise<{ excluded: number }> {
  const { workshopId, from, to } = parseInput(excludeJoinBurstSchema, input);
  const member = signedIn(actor);
  const result = await getDb().$transaction(async (tx) => {
    const workshop = await loadWorkshopForActor(tx, member, workshopId, "workshop.manage");
    const excludedAt = new Date();
    const { count } = await tx.workshopParticipant.updateMany({
      where: { workshopId, userId: null, excludedAt: null, createdAt: { gte: from, lt: to } },
      data: { excludedAt },
    });
    await recordAudit(tx, {
      actorId: member.userId,
      action: "workshop.joinsExcluded",
      entityType: "workshop",
      entityId: workshopId,
      municipalityId: workshop.municipalityId,
      compactId: workshop.compactId,
      after: { from: from.toISOString(), to: to.toISOString(), excluded: count },
    });
    return { excluded: count };
  });
  await publishWorkshopChange(workshopId, "tally");
  return result;
}
