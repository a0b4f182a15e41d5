import { ConflictError, NotFoundError, UnauthenticatedError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";
import { applyStatementCommand, type StatementCommand } from "@/lib/domain/workshop";
import { parseInput } from "@/lib/validation/common";
import { statementCommandSchema } from "@/lib/validation/workshop";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { publishWorkshopChange } from "@/lib/server/live/workshops";
import { loadWorkshopForActor } from "@/lib/server/load/workshop";
import { claimOrConflict } from "../../write/claim";

/** The time stamps each command sets; a reopened statement is no longer closed. */
function timestamps(command: StatementCommand, from: string, now: Date) {
  switch (command) {
    case "open":
    case "reopen":
      return { openedAt: now, closedAt: null };
    case "close":
      return { closedAt: now };
    case "reveal":
      return from === "open" ? { closedAt: now } : {};
  }
}

/**
 * Opens, closes, reveals or reopens a statement. Only one statement is open at a time: opening one
 * closes the one that was open, so the facilitator can simply move on to the next.
 */
export async function changeStatement(actor: Actor | null, input: unknown): Promise<void> {
  const { workshopId, statementId, command } = parseInput(statementCommandSchema, input);
  if (!actor) throw new UnauthenticatedError();
  await getDb().$transaction(async (tx) => {
    const workshop = await loadWorkshopForActor(tx, actor, workshopId, "workshop.manage");
    const statement = workshop.statements.find((candidate) => candidate.id === statementId);
    if (!statement) throw new NotFoundError();
    const result = applyStatementCommand(workshop.status, statement.status, command);
    if (!result.ok) throw new ConflictError(result.reason);
    const now = new Date();
    if (result.status === "open") {
      await tx.workshopStatement.updateMany({
        where: { workshopId, status: "open", id: { not: statementId } },
        data: { status: "closed", closedAt: now },
      });
    }
    // Conditional on the status we read: a command racing another one on the same statement loses.
    await claimOrConflict(
      tx.workshopStatement.updateMany({
        where: { id: statementId, status: statement.status },
        data: { status: result.status, ...timestamps(command, statement.status, now) },
      }),
    );
    await recordAudit(tx, {
      actorId: actor.userId,
      action: `workshop.statement.${command}`,
      entityType: "workshopStatement",
      entityId: statementId,
      municipalityId: workshop.municipalityId,
      compactId: workshop.compactId,
      before: { status: statement.status },
      after: { status: result.status },
    });
  });
  await publishWorkshopChange(workshopId, "state");
}
