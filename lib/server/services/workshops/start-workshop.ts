import { ConflictError, UnauthenticatedError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";
import { applyWorkshopCommand } from "@/lib/domain/workshop";
import { parseInput } from "@/lib/validation/common";
import { workshopRefSchema } from "@/lib/validation/workshop";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { publishWorkshopChange } from "@/lib/server/live/workshops";
import { loadWorkshopForActor } from "@/lib/server/load/workshop";
import { claimOrConflict } from "../../write/claim";

/** The facilitator starts the workshop: from now on its code lets people join. */
export async function startWorkshop(actor: Actor | null, input: unknown): Promise<void> {
  const { workshopId } = parseInput(workshopRefSchema, input);
  if (!actor) throw new UnauthenticatedError();
  await getDb().$transaction(async (tx) => {
    const workshop = await loadWorkshopForActor(tx, actor, workshopId, "workshop.manage");
    const result = applyWorkshopCommand(workshop.status, "start", workshop.statements.length);
    if (!result.ok) throw new ConflictError(result.reason);
    // Conditional on the status we read, so that two facilitators starting at once start it once.
    await claimOrConflict(
      tx.workshop.updateMany({ where: { id: workshopId, status: workshop.status }, data: { status: result.status, startedAt: new Date() } }),
    );
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "workshop.started",
      entityType: "workshop",
      entityId: workshopId,
      municipalityId: workshop.municipalityId,
      compactId: workshop.compactId,
      before: { status: workshop.status },
      after: { status: result.status },
    });
  });
  await publishWorkshopChange(workshopId, "state");
}
