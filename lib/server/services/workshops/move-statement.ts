import { ConflictError, NotFoundError, UnauthenticatedError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";
import { isEditable, moveInOrder } from "@/lib/domain/workshop";
import { parseInput } from "@/lib/validation/common";
import { moveStatementSchema } from "@/lib/validation/workshop";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { publishWorkshopChange } from "@/lib/server/live/workshops";
import { loadWorkshopForActor } from "@/lib/server/load/workshop";

/** Moves a statement one place up or down; positions are renumbered 1, 2, 3 … */
export async function moveStatement(actor: Actor | null, input: unknown): Promise<void> {
  const { workshopId, statementId, direction } = parseInput(moveStatementSchema, input);
  if (!actor) throw new UnauthenticatedError();
  await getDb().$transaction(async (tx) => {
    const workshop = await loadWorkshopForActor(tx, actor, workshopId, "workshop.manage");
    if (!isEditable(workshop.status)) throw new ConflictError("workshop.errors.ended");
    const before = workshop.statements.map((statement) => statement.id);
    if (!before.includes(statementId)) throw new NotFoundError();
    const after = moveInOrder(before, statementId, direction);
    for (const [index, id] of after.entries()) {
      const statement = workshop.statements.find((candidate) => candidate.id === id)!;
      if (statement.position !== index + 1) await tx.workshopStatement.update({ where: { id }, data: { position: index + 1 } });
    }
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "workshop.statement.moved",
      entityType: "workshopStatement",
      entityId: statementId,
      municipalityId: workshop.municipalityId,
      compactId: workshop.compactId,
      before: { order: before },
      after: { order: after },
    });
  });
  await publishWorkshopChange(workshopId, "state");
}
