import { can, signedIn } from "@/lib/domain/permissions";
import { canMarkReady, type CompactState } from "@/lib/domain/lifecycle";
import type { Actor, OrganisationKind, Sector } from "@/lib/domain/roles";
import { isStage, type Stage, type StageEntry } from "@/lib/domain/stages";
import { getDb } from "../db";
import { getCompactText } from "../load/compact-text";
import { getCompactComments } from "./comments";
import { getFollowUpSummary } from "./follow-up";
import { getPrinciplesSummary } from "./principles";
import { getAgendaEvidence } from "./relations";
import { getDecisionRule } from "@/lib/server/load/decision-rule";
import { compactState, currentVersionOf, loadCompactForActor, permissionTarget, readAgenda } from "@/lib/server/load/compact";
import { participationEntryOf } from "./participation";

type Named = { id: string; name: string; sector: Sector; kind: OrganisationKind };

/** Everything the compact page shows, as plain objects, for one actor. */
export async function getCompactPage(actor: Actor | null, compactId: string) {
  const db = getDb();
  const { compact } = await loadCompactForActor(db, actor, compactId);
  const viewer = signedIn(actor);
  const [stageChanges, participation, audit, organisations, decisionRule] = await Promise.all([
    db.stageChange.findMany({ where: { compactId }, orderBy: { createdAt: "asc" } }),
    db.participationEntry.findMany({ where: { compactId }, orderBy: { createdAt: "asc" } }),
    db.auditEvent.findMany({ where: { compactId }, orderBy: { createdAt: "desc" }, take: 200 }),
    db.organisation.findMany({ where: { municipalityId: compact.municipalityId }, orderBy: { name: "asc" } }),
    getDecisionRule(db, compact.municipalityId),
  ]);
  const names = await userNames([...stageChanges.map((s) => s.actorId), ...audit.map((a) => a.actorId), ...compact.readiness.map((r) => r.userId)]);
  const state: CompactState = compactState(compact, viewer);
  const target = permissionTarget(compact, viewer);
  const version = currentVersionOf(compact);
  const inGroup = new Set(compact.draftingGroup.map((m) => m.organisationId));
  return {
    id: compact.id,
    title: compact.title,
    summary: compact.summary,
    /** Whether each politician approves individually (N approvals) rather than one decision for the body. */
    individualApprovals: decisionRule.mode === "approvals",
    stage: state.stage,
    revision: compact.revision,
    currentVersion: compact.currentVersion,
    content: version.content,
    state,
    agenda: readAgenda(compact.agenda),
    draftingGroup: compact.draftingGroup.map((m) => named(m.organisation)),
    otherOrganisations: organisations.filter((o) => !inGroup.has(o.id)).map(named),
    timelineEntries: stageChanges.filter((s) => isStage(s.toStage)).map(
      (s): StageEntry => ({ stage: s.toStage as Stage, enteredAt: s.createdAt, enteredBy: names.get(s.actorId ?? "") ?? "", version: s.versionNumber }),
    ),
    stageChanges: stageChanges.map((s) => ({
      id: s.id,
      from: s.fromStage,
      to: s.toStage,
      kind: s.kind,
      reason: s.reason,
      fingerprint: s.fingerprint,
      version: s.versionNumber,
      actorName: names.get(s.actorId ?? "") ?? "",
      createdAt: s.createdAt,
    })),
    participation: participation.map(participationEntryOf),
    readiness: compact.readiness
      .filter((r) => r.versionNumber === compact.currentVersion)
      .map((r) => ({ sector: r.sector as Sector, userName: names.get(r.userId) ?? "", createdAt: r.createdAt })),
    stageSummary: state.reviewSummary,
    decisions: compact.decisions.map((d) => ({
      id: d.id,
      version: d.versionNumber,
      outcome: d.outcome,
      motivation: d.motivation,
      body: d.body,
      caseNumber: d.caseNumber,
      meetingDate: d.meetingDate,
      fingerprint: d.fingerprint,
    })),
    versions: [...compact.versions]
      .sort((a, b) => a.number - b.number)
      .map((v) => ({ number: v.number, fingerprint: v.fingerprint, frozenAt: v.frozenAt })),
    audit: audit.map((a) => ({ id: a.id, action: a.action, actorName: names.get(a.actorId ?? "") ?? "", createdAt: a.createdAt, before: a.before, after: a.after })),
    may: {
      editAgenda: can(viewer, "compact.editAgenda", target),
      manageDraftingGroup: can(viewer, "compact.manageDraftingGroup", target),
      editText: can(viewer, "compact.editText", target) && !version.frozenAt,
      markReady: canMarkReady(state, viewer) && !compact.readiness.some((r) => r.versionNumber === compact.currentVersion && r.sector === viewer.sector),
      recordParticipation: can(viewer, "compact.recordParticipation", target),
      writeSummary: can(viewer, "compact.writeSummary", target),
      recordDecision: can(viewer, "decision.record", target),
    },
  };
}

export type CompactPageData = Awaited<ReturnType<typeof getCompactPage>>;

function named(o: { id: string; name: string; sector: string; kind: string }): Named {
  return { id: o.id, name: o.name, sector: o.sector as Sector, kind: o.kind as OrganisationKind };
}

async function userNames(ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  const users = unique.length ? await getDb().user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } }) : [];
  return new Map(users.map((u) => [u.id, u.name]));
}

/** Two versions' texts for comparison. Versions outside the compact are "not found". */
export async function getVersionTexts(actor: Actor | null, compactId: string, numbers: [number, number]) {
  const { compact } = await loadCompactForActor(getDb(), actor, compactId);
  const pick = (n: number) => compact.versions.find((v) => v.number === n) ?? null;
  return { title: compact.title, versions: compact.versions.map((v) => v.number).sort((a, b) => a - b), from: pick(numbers[0]), to: pick(numbers[1]) };
}

/**
 * Everything the compact page shows, in one call: the page itself, the text, the comments, the
 * principle summary, the agenda evidence and the follow-up card. Each part asks for the compact; in one request it is
 * loaded once (lib/server/load/request-scope).
 */
export async function getCompactPageParts(actor: Actor | null, compactId: string) {
  const [page, text, comments, principles, evidence, followUp] = await Promise.all([
    getCompactPage(actor, compactId),
    getCompactText(actor, compactId),
    getCompactComments(actor, compactId),
    getPrinciplesSummary(actor, compactId),
    getAgendaEvidence(actor, compactId),
    getFollowUpSummary(actor, compactId),
  ]);
  return { page, text, comments, principles, evidence, followUp };
}
