import { can, assertCan } from "@/lib/domain/permissions";
import {
  buildRelationsMatrix,
  canAttachEvidence,
  compareMunicipalities,
  countByCommittee,
  countByKind,
  countByOrganisationKind,
  countByType,
  formatSince,
  summariseRelations,
  surveyStatus,
  type SurveyStatus,
} from "@/lib/domain/relations";
import type { Actor, OrganisationKind } from "@/lib/domain/roles";
import { getDb } from "../db";
import { loadCompactForActor } from "@/lib/server/load/compact";
import { readAgendaEvidence } from "@/lib/server/load/agenda-evidence";
import { findSurveyRequest, surveyLinkStatus } from "@/lib/server/load/survey-request";
import { loadAllMunicipalityRelations, loadMunicipalityRelations } from "@/lib/server/load/relations";
import { assertCivil, loadOrganisation } from "../load/organisation";

const own = (actor: Actor | null) => ({ municipalityId: actor?.municipalityId });

/** Everything the relations overview shows, for one actor's municipality, plus the comparison. */
export async function getRelationsOverview(actor: Actor | null) {
  assertCan(actor, "relations.view", own(actor));
  const db = getDb();
  const [data, all, requests] = await Promise.all([
    loadMunicipalityRelations(db, actor.municipalityId),
    loadAllMunicipalityRelations(db),
    db.surveyRequest.findMany({ where: { organisation: { municipalityId: actor.municipalityId } }, select: { organisationId: true, answeredAt: true } }),
  ]);
  const { relations, organisations, committees } = data;
  return {
    municipalityId: actor.municipalityId,
    municipalityName: data.municipality.name,
    summary: summariseRelations(relations, organisations),
    byType: countByType(relations),
    byKind: countByKind(relations),
    byCommittee: countByCommittee(relations, committees),
    byOrganisationKind: countByOrganisationKind(relations, organisations),
    matrix: buildRelationsMatrix(relations, organisations, committees),
    comparison: compareMunicipalities(all),
    survey: {
      sent: new Set(requests.map((r) => r.organisationId)).size,
      answered: new Set(requests.filter((r) => r.answeredAt).map((r) => r.organisationId)).size,
    },
    may: { manage: can(actor, "relations.manage", own(actor)) },
  };
}
export type RelationsOverview = Awaited<ReturnType<typeof getRelationsOverview>>;

export type SurveyRow = {
  id: string;
  name: string;
  kind: OrganisationKind;
  relations: number;
  representatives: number;
  status: SurveyStatus;
  sentAt: Date | null;
  expiresAt: Date | null;
  answeredAt: Date | null;
};

/** Who has been sent the survey and who has answered, per civil-society organisation. Officials only. */
export async function getSurveyOverview(actor: Actor | null, now = new Date()): Promise<SurveyRow[]> {
  assertCan(actor, "relations.manage", own(actor));
  const organisations = await getDb().organisation.findMany({
    where: { municipalityId: actor.municipalityId, sector: "civil" },
    include: {
      _count: { select: { relations: true, memberships: { where: { role: "association_rep", user: { active: true } } } } },
      surveyRequests: { orderBy: { createdAt: "desc" }, take: 1 },
    },
    orderBy: { name: "asc" },
  });
  return organisations.map((o) => {
    const latest = o.surveyRequests[0] ?? null;
    return {
      id: o.id,
      name: o.name,
      kind: o.kind as OrganisationKind,
      relations: o._count.relations,
      representatives: o._count.memberships,
      status: surveyStatus(latest, o._count.memberships > 0, now),
      sentAt: latest?.createdAt ?? null,
      expiresAt: latest?.expiresAt ?? null,
      answeredAt: latest?.answeredAt ?? null,
    };
  });
}

export type RelationRowDto = {
  id: string;
  relationType: string;
  relationKind: string;
  committeeId: string;
  since: string;
  amount: string;
  note: string;
  source: string;
};

/** One organisation's relations as form values, and the committees to choose from. */
async function relationsForm(municipalityId: string, organisationId: string) {
  const db = getDb();
  const [relations, committees] = await Promise.all([
    db.relation.findMany({ where: { organisationId }, orderBy: { createdAt: "asc" } }),
    db.organisation.findMany({ where: { municipalityId, sector: "public" }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const rows: RelationRowDto[] = relations.map((r) => ({
    id: r.id,
    relationType: r.relationType,
    relationKind: r.relationKind,
    committeeId: r.committeeId ?? "",
    since: formatSince(r.since),
    amount: r.amount === null ? "" : String(r.amount),
    note: r.note,
    source: r.source,
  }));
  return { rows, committees };
}

/** The official's editor for one civil-society organisation's relations. */
export async function getOrganisationRelations(actor: Actor | null, organisationId: string) {
  const organisation = await loadOrganisation(getDb(), actor, organisationId);
  assertCan(actor, "relations.manage", { municipalityId: organisation.municipalityId });
  assertCivil(organisation);
  return { organisation: { id: organisation.id, name: organisation.name }, ...(await relationsForm(organisation.municipalityId, organisation.id)) };
}

/**
 * What the survey link shows this actor: the form when they may answer, or why not. The
 * organisation's name is shown to whoever holds the link (it says whom the link is for), its
 * relations only to those who may answer for it.
 */
export async function getSurveyForAnswer(actor: Actor | null, token: string, now = new Date()) {
  const request = await findSurveyRequest(getDb(), token);
  const status = surveyLinkStatus(request, now);
  if (!request || status === "unknown") return { status: "unknown" as const };
  const { organisation } = request;
  const base = { organisationName: organisation.name, answeredAt: request.answeredAt, expiresAt: request.expiresAt };
  if (status === "used") return { status: "used" as const, ...base };
  if (status === "expired") return { status: "expired" as const, ...base };
  if (!can(actor, "relations.answerOwn", { municipalityId: organisation.municipalityId, organisationId: organisation.id })) {
    return { status: "forbidden" as const, ...base };
  }
  return { status: "valid" as const, ...base, ...(await relationsForm(organisation.municipalityId, organisation.id)) };
}

/** The municipality's saved volunteer estimate (or none yet), and whether this actor may change it. */
export async function getVolunteerEstimate(actor: Actor | null) {
  assertCan(actor, "relations.view", own(actor));
  const db = getDb();
  const [municipality, estimate] = await Promise.all([
    db.municipality.findUniqueOrThrow({ where: { id: actor.municipalityId }, select: { name: true } }),
    db.volunteerEstimate.findUnique({ where: { municipalityId: actor.municipalityId } }),
  ]);
  const updatedBy = estimate?.updatedById ? await db.user.findUnique({ where: { id: estimate.updatedById }, select: { name: true } }) : null;
  return {
    municipalityName: municipality.name,
    saved: estimate && {
      residents: estimate.residents,
      shareVolunteering: estimate.shareVolunteering,
      hoursPerWeek: estimate.hoursPerWeek,
      weeksPerYear: estimate.weeksPerYear,
      updatedAt: estimate.updatedAt,
      updatedByName: updatedBy?.name ?? null,
    },
    mayEdit: can(actor, "relations.manage", own(actor)),
  };
}

/** The names the CSV import accepts, for the help on the import page. */
export async function getImportNames(actor: Actor | null) {
  assertCan(actor, "relations.manage", own(actor));
  const organisations = await getDb().organisation.findMany({
    where: { municipalityId: actor.municipalityId },
    select: { name: true, sector: true },
    orderBy: { name: "asc" },
  });
  return {
    organisations: organisations.filter((o) => o.sector === "civil").map((o) => o.name),
    committees: organisations.filter((o) => o.sector === "public").map((o) => o.name),
  };
}

/**
 * For the compact page: the evidence attached to the agenda statement, whether this actor may attach
 * more, and whether there is a volunteer estimate to attach.
 */
export async function getAgendaEvidence(actor: Actor | null, compactId: string) {
  const db = getDb();
  const { compact, target } = await loadCompactForActor(db, actor, compactId);
  const hasEstimate = (await db.volunteerEstimate.count({ where: { municipalityId: compact.municipalityId } })) > 0;
  return { evidence: readAgendaEvidence(compact.agenda), mayAttach: canAttachEvidence(actor, target), hasEstimate };
}
export type AgendaEvidenceData = Awaited<ReturnType<typeof getAgendaEvidence>>;
