import { can, type Target } from "./permissions";
import { ORGANISATION_KINDS, type Actor, type OrganisationKind } from "./roles";

/**
 * How an organisation relates to the municipality, as asked in the relations survey of 11 Swedish
 * municipalities (DOMAIN.md "Mapping the relations"). "Gives/receives guidance" stands for
 * information, training and advice, which the survey asked about as one answer in each direction.
 */
export const RELATION_TYPES = [
  "gives_guidance",
  "receives_guidance",
  "consultation_body",
  "reference_group",
  "cooperation_permanent",
  "cooperation_project",
  "cooperation_single",
  "other",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** What the relation consists of: grants of each kind, dialogue, collaboration, agreements. */
export const RELATION_KINDS = [
  "grant_organisation",
  "grant_activity",
  "grant_project",
  "dialogue",
  "collaboration",
  "agreement",
  "procurement",
  "choice_system",
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** The four groups the survey reported the kinds in. */
export const RELATION_KIND_GROUPS = {
  grants: ["grant_organisation", "grant_activity", "grant_project"],
  dialogue: ["dialogue"],
  collaboration: ["collaboration"],
  agreements: ["agreement", "procurement", "choice_system"],
} as const satisfies Record<string, readonly RelationKind[]>;
export type RelationKindGroup = keyof typeof RELATION_KIND_GROUPS;

/** Where the record came from. */
export const RELATION_SOURCES = ["official", "survey", "import"] as const;
export type RelationSource = (typeof RELATION_SOURCES)[number];

/** The organisation kinds of civil society (committees are the public side of a relation). */
export const CIVIL_ORGANISATION_KINDS = ORGANISATION_KINDS.filter((kind) => kind !== "committee");

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === "string" && (RELATION_TYPES as readonly string[]).includes(value);
}
export function isRelationKind(value: unknown): value is RelationKind {
  return typeof value === "string" && (RELATION_KINDS as readonly string[]).includes(value);
}
/** Only grants carry an amount. */
export function isGrantKind(kind: RelationKind): boolean {
  return (RELATION_KIND_GROUPS.grants as readonly string[]).includes(kind);
}

/** One relation, as far as the overview needs to know. */
export type RelationFact = {
  organisationId: string;
  relationType: RelationType;
  relationKind: RelationKind;
  committeeId: string | null;
  amount: number | null;
};
export type OrganisationFact = { id: string; name: string; kind: OrganisationKind };
export type CommitteeFact = { id: string; name: string };

const sumAmounts = (relations: readonly RelationFact[]) => relations.reduce((sum, r) => sum + (r.amount ?? 0), 0);

/** Relations per type, every type listed (zero included) in the survey's order. */
export function countByType(relations: readonly RelationFact[]): { type: RelationType; count: number }[] {
  return RELATION_TYPES.map((type) => ({ type, count: relations.filter((r) => r.relationType === type).length }));
}

/** Relations and grant amounts per kind, every kind listed. */
export function countByKind(relations: readonly RelationFact[]): { kind: RelationKind; count: number; amount: number }[] {
  return RELATION_KINDS.map((kind) => {
    const matching = relations.filter((r) => r.relationKind === kind);
    return { kind, count: matching.length, amount: sumAmounts(matching) };
  });
}

/** Relations per group of kinds (grants, dialogue, collaboration, agreements). */
export function countByKindGroup(relations: readonly RelationFact[]): { group: RelationKindGroup; count: number }[] {
  return (Object.keys(RELATION_KIND_GROUPS) as RelationKindGroup[]).map((group) => {
    const kinds: readonly string[] = RELATION_KIND_GROUPS[group];
    return { group, count: relations.filter((r) => kinds.includes(r.relationKind)).length };
  });
}

export type CommitteeCount = { committeeId: string | null; name: string | null; count: number; amount: number };

/**
 * Relations per committee or administration, most first; every committee is listed (a committee
 * without relations is a finding too). Relations that name no committee come last, as `null`.
 */
export function countByCommittee(relations: readonly RelationFact[], committees: readonly CommitteeFact[]): CommitteeCount[] {
  const rows = new Map<string | null, CommitteeCount>(committees.map((c) => [c.id, { committeeId: c.id, name: c.name, count: 0, amount: 0 }]));
  const unnamed: CommitteeCount = { committeeId: null, name: null, count: 0, amount: 0 };
  for (const r of relations) {
    const row = (r.committeeId !== null ? rows.get(r.committeeId) : undefined) ?? unnamed;
    row.count++;
    row.amount += r.amount ?? 0;
  }
  const sorted = [...rows.values()].sort((a, b) => b.count - a.count || (a.name ?? "").localeCompare(b.name ?? "", "sv"));
  return unnamed.count > 0 ? [...sorted, unnamed] : sorted;
}

export type OrganisationKindCount = { kind: OrganisationKind; relations: number; organisationsWithRelations: number; organisations: number };

/** Per kind of civil-society organisation: its relations, and how many of its organisations have any. */
export function countByOrganisationKind(relations: readonly RelationFact[], organisations: readonly OrganisationFact[]): OrganisationKindCount[] {
  const perOrganisation = new Map<string, number>();
  for (const r of relations) perOrganisation.set(r.organisationId, (perOrganisation.get(r.organisationId) ?? 0) + 1);
  return CIVIL_ORGANISATION_KINDS.map((kind) => {
    const ofKind = organisations.filter((o) => o.kind === kind);
    return {
      kind,
      relations: ofKind.reduce((sum, o) => sum + (perOrganisation.get(o.id) ?? 0), 0),
      organisationsWithRelations: ofKind.filter((o) => perOrganisation.has(o.id)).length,
      organisations: ofKind.length,
    };
  });
}

export type RelationsMatrix = {
  /** The columns: the committees, plus one for relations that name none when there are any. */
  columns: { committeeId: string | null; name: string | null }[];
  rows: { organisation: OrganisationFact; cells: number[]; total: number }[];
  columnTotals: number[];
  /** The largest cell, for shading. */
  max: number;
};

/**
 * Committees × organisations: how many relations each organisation has with each committee. Every
 * organisation is a row (one without relations shows the gap), sorted by name.
 */
export function buildRelationsMatrix(
  relations: readonly RelationFact[],
  organisations: readonly OrganisationFact[],
  committees: readonly CommitteeFact[],
): RelationsMatrix {
  const columnIndex = new Map(committees.map((c, index) => [c.id, index]));
  const rowIndex = new Map(organisations.map((o, index) => [o.id, index]));
  // One pass over the relations; relations naming no known committee go to an extra last column.
  const counts = organisations.map(() => new Array<number>(committees.length + 1).fill(0));
  for (const r of relations) {
    const row = rowIndex.get(r.organisationId);
    if (row === undefined) continue;
    counts[row]![(r.committeeId !== null ? columnIndex.get(r.committeeId) : undefined) ?? committees.length]!++;
  }
  const hasUnnamed = counts.some((cells) => cells[committees.length]! > 0);
  const columns = committees.map((c) => ({ committeeId: c.id as string | null, name: c.name as string | null }));
  if (hasUnnamed) columns.push({ committeeId: null, name: null });
  const rows = organisations
    .map((organisation, index) => {
      const cells = hasUnnamed ? counts[index]! : counts[index]!.slice(0, committees.length);
      return { organisation, cells, total: cells.reduce((a, b) => a + b, 0) };
    })
    .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, "sv"));
  const columnTotals = columns.map((_, index) => rows.reduce((sum, row) => sum + row.cells[index]!, 0));
  const max = Math.max(0, ...rows.flatMap((row) => row.cells));
  return { columns, rows, columnTotals, max };
}

export type RelationsSummary = {
  relations: number;
  organisations: number;
  organisationsWithRelations: number;
  grantTotal: number;
};

/** The headline figures of a set of relations among the given civil-society organisations. */
export function summariseRelations(relations: readonly RelationFact[], organisations: readonly { id: string }[]): RelationsSummary {
  const ids = new Set(organisations.map((o) => o.id));
  const own = relations.filter((r) => ids.has(r.organisationId));
  return {
    relations: own.length,
    organisations: organisations.length,
    organisationsWithRelations: new Set(own.map((r) => r.organisationId)).size,
    grantTotal: sumAmounts(own),
  };
}

export type MunicipalityRelations = {
  municipalityId: string;
  name: string;
  organisations: readonly { id: string }[];
  relations: readonly RelationFact[];
};

export type MunicipalityComparisonRow = RelationsSummary & {
  municipalityId: string;
  name: string;
  /** Share of the civil-society organisations with at least one relation, 0–1 (0 without organisations). */
  coverage: number;
  /** Relations per civil-society organisation (0 without organisations). */
  relationsPerOrganisation: number;
  byType: Record<RelationType, number>;
};

/**
 * The municipalities of the installation side by side, as totals only. Rates rather than counts make
 * a small municipality comparable with a large one. Sorted by name.
 */
export function compareMunicipalities(municipalities: readonly MunicipalityRelations[]): MunicipalityComparisonRow[] {
  return [...municipalities]
    .sort((a, b) => a.name.localeCompare(b.name, "sv"))
    .map((m) => {
      const summary = summariseRelations(m.relations, m.organisations);
      const byType = Object.fromEntries(countByType(m.relations).map(({ type, count }) => [type, count])) as Record<RelationType, number>;
      return {
        municipalityId: m.municipalityId,
        name: m.name,
        ...summary,
        coverage: summary.organisations === 0 ? 0 : summary.organisationsWithRelations / summary.organisations,
        relationsPerOrganisation: summary.organisations === 0 ? 0 : summary.relations / summary.organisations,
        byType,
      };
    });
}

/** The organisations without any relation: where a compact could start strengthening ties. */
export function organisationsWithoutRelations<O extends { id: string; name: string }>(relations: readonly RelationFact[], organisations: readonly O[]): O[] {
  const related = new Set(relations.map((r) => r.organisationId));
  return organisations.filter((o) => !related.has(o.id)).sort((a, b) => a.name.localeCompare(b.name, "sv"));
}

/**
 * May the actor attach evidence (a relations or volunteer snapshot) to a compact's agenda statement?
 * Only while the agenda is being set, by whoever shapes it: the officials who edit the agenda, or the
 * drafting group (who may edit the text at this stage). The snapshot shows relations data, so the
 * actor must also be allowed to see that. Built from the permission map; no roles listed here.
 */
export function canAttachEvidence(actor: Actor | null, target: Target): boolean {
  if (target.stage !== "agenda") return false;
  if (!can(actor, "relations.view", { municipalityId: target.municipalityId })) return false;
  return can(actor, "compact.editAgenda", target) || can(actor, "compact.editText", target);
}

/** How long a survey link stays valid. */
export const SURVEY_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

export type SurveyStatus = "answered" | "pending" | "expired" | "not_sent" | "no_representative";

/**
 * Where an organisation stands in the survey, from its newest request. An answer counts even when
 * the organisation has lost its representative since; without one nobody can be sent a link.
 */
export function surveyStatus(latest: { expiresAt: Date; answeredAt: Date | null } | null, hasRepresentative: boolean, now: Date): SurveyStatus {
  if (latest?.answeredAt) return "answered";
  if (!hasRepresentative) return "no_representative";
  if (!latest) return "not_sent";
  return latest.expiresAt.getTime() > now.getTime() ? "pending" : "expired";
}

/** A relation's "since" as people say it: a year alone when it is the first of January, else the date. */
export function formatSince(since: Date | null): string {
  if (!since) return "";
  const iso = since.toISOString().slice(0, 10);
  return iso.endsWith("-01-01") ? iso.slice(0, 4) : iso;
}
