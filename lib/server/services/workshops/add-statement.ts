import { ConflictError, UnauthenticatedError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";
import { isEditable, MAX_STATEMENTS } from "@/lib/domain/workshop";
import { parseInput } from "@/lib/validation/common";
import { addStatementSchema } from "@/lib/validation/workshop";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { publishWorkshopChange } from "@/lib/server/live/workshops";
import { loadWorkshopForActor } from "@/lib/server/load/workshop";

/** Adds a statement at the end, also while the workshop is running (a question from the floor). */
export async function addStatement(actor: Actor | null, input: unknown): Promise<{ id: string }> {
  const { workshopId, text } = parseInput(addStatementSchema, input);
  if (!actor) throw new UnauthenticatedError();
  const created = await getDb().$transaction(async (tx) => {
    const workshop = await loadWorkshopForActor(tx, actor, workshopId, "workshop.manage");
    if (!isEditable(workshop.status)) throw new ConflictError("workshop.errors.ended");
    if (workshop.statements.length >= MAX_STATEMENTS) throw new ConflictError("workshop.errors.tooManyStatements");
    const position = Math.max(0, ...workshop.statements.map((statement) => statement.position)) + 1;
    const statement = await tx.workshopStatement.create({ data: { workshopId, text, position } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "workshop.statement.added",
      entityType: "workshopStatement",
      entityId: statement.id,
      municipalityId: workshop.municipalityId,
      compactId: workshop.compactId,
      after: { text, position },
    });
    return { id: statement.id };
  });
  await publishWorkshopChange(workshopId, "state");
  return created;
}
