import { assertCan } from "@/lib/domain/permissions";
import { formatSince } from "@/lib/domain/relations";
import type { Actor } from "@/lib/domain/roles";
import { CSV_COLUMNS } from "@/lib/validation/relations";
import { getDb } from "@/lib/server/db";
import { toCsv } from "@/lib/server/documents/csv";

/**
 * The municipality's relations as CSV, in the import's columns, so a file can be exported, edited in a
 * spreadsheet and imported elsewhere. Officials only: notes and grant amounts per organisation are
 * working material, the overview shows everyone else the totals.
 */
export async function exportRelationsCsv(actor: Actor | null): Promise<string> {
  assertCan(actor, "relations.manage", { municipalityId: actor?.municipalityId });
  const relations = await getDb().relation.findMany({
    where: { organisation: { municipalityId: actor.municipalityId } },
    include: { organisation: { select: { name: true } }, committee: { select: { name: true } } },
    orderBy: [{ organisation: { name: "asc" } }, { createdAt: "asc" }],
  });
  return toCsv([
    CSV_COLUMNS,
    ...relations.map((r) => [
      r.organisation.name,
      r.relationType,
      r.relationKind,
      r.committee?.name ?? "",
      formatSince(r.since),
      r.amount === null ? "" : String(r.amount),
      r.note,
    ]),
  ]);
}

/**
 * The import template: the column row and one example row naming one of the municipality's own
 * committees. The example organisation does not exist, so importing the template unchanged is
 * reported as an error rather than adding a fake relation.
 */
export async function relationsCsvTemplate(actor: Actor | null, example: { organisation: string; note: string }): Promise<string> {
  assertCan(actor, "relations.manage", { municipalityId: actor?.municipalityId });
  const committee = await getDb().organisation.findFirst({
    where: { municipalityId: actor.municipalityId, sector: "public" },
    orderBy: { name: "asc" },
  });
  return toCsv([CSV_COLUMNS, [example.organisation, "cooperation_project", "grant_project", committee?.name ?? "", "2024", "25000", example.note]]);
}
