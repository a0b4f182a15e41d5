import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/domain/errors";
import { assertCan, can, type Action } from "@/lib/domain/permissions";
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
  assertCan(actor, action, { municipalityId: row.municipalityId, ownerId: row.createdById });
  return {
    ...row,
    status: workshopStatus(row.status),
    statements: row.statements.map((statement) => ({ ...statement, status: statementStatus(statement.status) })),
  };
}

/**
 * Whether the actor may put a workshop's counts into this compact's participation matrix: the right to
 * record participation on that compact (officials, or the compact's drafting group). False for a
 * compact that does not exist or is another municipality's.
 */
export async function mayRecordParticipationOn(db: Db | Tx, actor: Actor, compactId: string): Promise<boolean> {
  const compact = await db.compact.findUnique({
    where: { id: compactId },
    select: { municipalityId: true, stage: true, draftingGroup: { where: { organisationId: actor.organisationId }, select: { organisationId: true } } },
  });
  if (!compact) return false;
  return can(actor, "compact.recordParticipation", { municipalityId: compact.municipalityId, stage: compact.stage, inDraftingGroup: compact.draftingGroup.length > 0 });
}

/** Refuses (403) a facilitator who may not record participation on the workshop's compact. */
export async function assertMayRecordParticipationOn(db: Db | Tx, actor: Actor, compactId: string | null): Promise<void> {
  if (compactId && !(await mayRecordParticipationOn(db, actor, compactId))) throw new ForbiddenError("compact.recordParticipation");
}

export type LoadedWorkshop = Awaited<ReturnType<typeof loadWorkshopForActor>>;
