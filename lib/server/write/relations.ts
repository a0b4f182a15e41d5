import { InvalidInputError, type FieldErrors } from "@/lib/domain/errors";
import { formatSince, type RelationSource } from "@/lib/domain/relations";
import type { RelationRowInput } from "@/lib/validation/relations";
import type { Db, Tx } from "@/lib/server/db";

/** A relation as the audit trail records it. */
export type AuditedRelation = {
  id: string;
  relationType: string;
  relationKind: string;
  committeeId: string | null;
  since: string;
  amount: number | null;
  note: string;
  source: string;
};

type RelationRow = { id: string; relationType: string; relationKind: string; committeeId: string | null; since: Date | null; amount: number | null; note: string; source: string };

function audited(r: RelationRow): AuditedRelation {
  return { ...r, since: formatSince(r.since) };
}

/** Ids of the committees and administrations (public-sector organisations) of a municipality. */
export async function committeeIds(db: Db | Tx, municipalityId: string): Promise<Set<string>> {
  const committees = await db.organisation.findMany({ where: { municipalityId, sector: "public" }, select: { id: true } });
  return new Set(committees.map((c) => c.id));
}

/**
 * Makes the stored relations of one organisation equal to `rows`: rows with the id of one of its
 * relations update it (keeping its source), rows without one are created with `source`, and its
 * relations missing from `rows` are deleted. An id belonging to another organisation is ignored
 * (the row is created anew), so a tampered form cannot reach someone else's relations.
 */
export async function replaceRelations(
  tx: Tx,
  change: { organisationId: string; municipalityId: string; rows: RelationRowInput[]; source: RelationSource; actorId: string },
): Promise<{ before: AuditedRelation[]; after: AuditedRelation[]; ids: string[] }> {
  const committees = await committeeIds(tx, change.municipalityId);
  const fieldErrors: FieldErrors = {};
  change.rows.forEach((row, index) => {
    if (row.committeeId && !committees.has(row.committeeId)) fieldErrors[`rows.${index}.committeeId`] = ["relations.errors.committee"];
  });
  if (Object.keys(fieldErrors).length > 0) throw new InvalidInputError("errors.invalid", fieldErrors);

  const existing = await tx.relation.findMany({ where: { organisationId: change.organisationId }, orderBy: { createdAt: "asc" } });
  const existingIds = new Set(existing.map((r) => r.id));
  const keptIds = change.rows.map((row) => row.id).filter((id) => existingIds.has(id));
  await tx.relation.deleteMany({ where: { organisationId: change.organisationId, id: { notIn: keptIds } } });

  const ids: string[] = [];
  const after: AuditedRelation[] = [];
  for (const row of change.rows) {
    const data = {
      relationType: row.relationType,
      relationKind: row.relationKind,
      committeeId: row.committeeId || null,
      since: row.since,
      amount: row.amount,
      note: row.note,
    };
    const saved = existingIds.has(row.id)
      ? await tx.relation.update({ where: { id: row.id }, data })
      : await tx.relation.create({ data: { ...data, organisationId: change.organisationId, source: change.source, createdById: change.actorId } });
    ids.push(saved.id);
    after.push(audited(saved));
  }
  return { before: existing.map(audited), after, ids };
}
