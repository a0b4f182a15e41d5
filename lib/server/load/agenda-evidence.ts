import {
  countByCommittee,
  countByKindGroup,
  countByType,
  organisationsWithoutRelations,
  summariseRelations,
} from "@/lib/domain/relations";
import { estimateVolunteerHours, FULL_TIME_HOURS_PER_YEAR, type VolunteerInputs } from "@/lib/domain/volunteer-estimate";
import {
  agendaEvidenceSchema,
  type AgendaEvidence,
  type EvidenceKind,
  type RelationsEvidence,
  type VolunteersEvidence,
} from "@/lib/validation/relations";
import type { MunicipalityRelationData } from "@/lib/server/load/relations";

/** The agenda statement is stored as JSON; evidence lives beside why/issues/invited under `evidence`. */
type StoredAgenda = Record<string, unknown>;

function asRecord(value: unknown): StoredAgenda {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as StoredAgenda) : {};
}

/** The evidence attached to a stored agenda statement; a snapshot that cannot be read is left out. */
export function readAgendaEvidence(agenda: unknown): AgendaEvidence {
  const parsed = agendaEvidenceSchema.safeParse(asRecord(agenda).evidence ?? {});
  return parsed.success ? parsed.data : {};
}

/** The stored agenda with one snapshot set; every other key (why, issues, invited, …) is kept as it was. */
export function withEvidence(agenda: unknown, kind: EvidenceKind, snapshot: RelationsEvidence | VolunteersEvidence): StoredAgenda {
  const stored = asRecord(agenda);
  return { ...stored, evidence: { ...asRecord(stored.evidence), [kind]: snapshot } };
}

/**
 * For whoever saves the agenda statement: the new statement with the evidence of the stored one
 * carried over, so that editing why/issues/invited never drops an attached snapshot.
 */
export function keepEvidence<A extends object>(stored: unknown, agenda: A): A & { evidence?: unknown } {
  const evidence = asRecord(stored).evidence;
  return evidence === undefined ? agenda : { ...agenda, evidence };
}

/** Committees and names shown in a snapshot: enough to talk about, small enough to keep in the agenda. */
const TOP_COMMITTEES = 5;
const LISTED_WITHOUT = 20;

/** The relations overview, condensed to what the agenda statement should remember. */
export function buildRelationsEvidence(data: MunicipalityRelationData, now: Date): RelationsEvidence {
  const without = organisationsWithoutRelations(data.relations, data.organisations);
  return {
    takenAt: now.toISOString(),
    municipalityName: data.municipality.name,
    summary: summariseRelations(data.relations, data.organisations),
    byType: countByType(data.relations),
    byKindGroup: countByKindGroup(data.relations),
    topCommittees: countByCommittee(data.relations, data.committees)
      .filter((c) => c.count > 0)
      .slice(0, TOP_COMMITTEES)
      .map((c) => ({ name: c.name, count: c.count })),
    withoutRelations: without.slice(0, LISTED_WITHOUT).map((o) => o.name),
    withoutRelationsCount: without.length,
  };
}

/** The volunteer estimate with its result, as the agenda statement should remember it. */
export function buildVolunteersEvidence(municipalityName: string, inputs: VolunteerInputs, now: Date): VolunteersEvidence {
  const { residents, shareVolunteering, hoursPerWeek, weeksPerYear } = inputs;
  return {
    takenAt: now.toISOString(),
    municipalityName,
    residents,
    shareVolunteering,
    hoursPerWeek,
    weeksPerYear,
    ...estimateVolunteerHours(inputs),
    fullTimeHoursPerYear: FULL_TIME_HOURS_PER_YEAR,
  };
}
