import { NotFoundError, UnauthenticatedError } from "@/lib/domain/errors";
import { assertCan, type Action } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { STATEMENT_STATUSES, WORKSHOP_STATUSES, type StatementStatus, type WorkshopStatus } from "@/lib/domain/workshop";
import type { Db, Tx } from "@/lib/server/db";

function workshopStatus(value: string): WorkshopStatus {
  if (!(WORKSHOP_STATUSES as readonly string[]).includes(value)) throw new Error(`unknown workshop status ${value}`);
  return value as WorkshopStatus;
}

export function statementStatus(value: string): StatementStatus {
  if (!(STATEMENT_STATUSES as readonly string[]).includes(value)) throw new Error(`unknown statement status ${value}`);
  return value as StatementStatus;
}

/**
 * Loads a workshop with its statements (in order) for an actor who wants to take `action` on it.
 * Anonymous visitors are told to sign in; a workshop of another municipality is "not found", so
 * nothing leaks; a member without the permission gets 403.
 */
export async function loadWorkshopForActor(db: Db | Tx, actor: Actor | null, workshopId: string, action: Action) {
  if (!actor) throw new UnauthenticatedError();
  const row = await db.workshop.findUnique({ where: { id: workshopId }, include: { statements: { orderBy: { position: "asc" } } } });
  if (!row || row.municipalityId !== actor.municipalityId) throw new NotFoundError();
  assertCan(actor, action, { municipalityId: row.municipalityId });
  return {
    ...row,
    status: workshopStatus(row.status),
    statements: row.statements.map((statement) => ({ ...statement, status: statementStatus(statement.status) })),
  };
}

export type LoadedWorkshop = Awaited<ReturnType<typeof loadWorkshopForActor>>;
