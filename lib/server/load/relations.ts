import {
  isRelationKind,
  isRelationType,
  type CommitteeFact,
  type MunicipalityRelations,
  type OrganisationFact,
  type RelationFact,
} from "@/lib/domain/relations";
import type { OrganisationKind } from "@/lib/domain/roles";
import type { Db, Tx } from "@/lib/server/db";

export type MunicipalityRelationData = {
  municipality: { id: string; name: string };
  /** The civil-society organisations. */
  organisations: OrganisationFact[];
  /** The committees and administrations (public-sector organisations). */
  committees: CommitteeFact[];
  relations: RelationFact[];
};

type StoredRelation = { organisationId: string; relationType: string; relationKind: string; committeeId: string | null; amount: number | null };

/** Stored relations as domain facts; a row with a type or kind the app no longer knows is left out. */
function toFacts(rows: StoredRelation[]): RelationFact[] {
  return rows.flatMap((r) =>
    isRelationType(r.relationType) && isRelationKind(r.relationKind)
      ? [{ organisationId: r.organisationId, relationType: r.relationType, relationKind: r.relationKind, committeeId: r.committeeId, amount: r.amount }]
      : [],
  );
}

const RELATION_FIELDS = { organisationId: true, relationType: true, relationKind: true, committeeId: true, amount: true } as const;

/** Everything the overview of one municipality is computed from. */
export async function loadMunicipalityRelations(db: Db | Tx, municipalityId: string): Promise<MunicipalityRelationData> {
  const [municipality, organisations, relations] = await Promise.all([
    db.municipality.findUniqueOrThrow({ where: { id: municipalityId }, select: { id: true, name: true } }),
    db.organisation.findMany({ where: { municipalityId }, select: { id: true, name: true, sector: true, kind: true }, orderBy: { name: "asc" } }),
    db.relation.findMany({ where: { organisation: { municipalityId, sector: "civil" } }, select: RELATION_FIELDS }),
  ]);
  return {
    municipality,
    organisations: organisations.filter((o) => o.sector === "civil").map((o) => ({ id: o.id, name: o.name, kind: o.kind as OrganisationKind })),
    committees: organisations.filter((o) => o.sector === "public").map((o) => ({ id: o.id, name: o.name })),
    relations: toFacts(relations),
  };
}

/**
 * Every municipality of the installation with its civil-society organisations and relations: the
 * input for the comparison, which shows other municipalities as totals only.
 */
export async function loadAllMunicipalityRelations(db: Db | Tx): Promise<MunicipalityRelations[]> {
  const [municipalities, organisations, relations] = await Promise.all([
    db.municipality.findMany({ select: { id: true, name: true } }),
    db.organisation.findMany({ where: { sector: "civil" }, select: { id: true, municipalityId: true } }),
    db.relation.findMany({ where: { organisation: { sector: "civil" } }, select: { ...RELATION_FIELDS, organisation: { select: { municipalityId: true } } } }),
  ]);
  const organisationsOf = groupBy(organisations, (o) => o.municipalityId);
  const relationsOf = groupBy(relations, (r) => r.organisation.municipalityId);
  return municipalities.map((m) => ({
    municipalityId: m.id,
    name: m.name,
    organisations: organisationsOf.get(m.id) ?? [],
    relations: toFacts(relationsOf.get(m.id) ?? []),
  }));
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
