import { z } from "zod";
import { NotFoundError } from "@/lib/domain/errors";
import { progressByParty, progressByPrinciple, type SummaryRow } from "@/lib/domain/follow-up";
import { followUpSchedule, type ScheduleItem } from "@/lib/domain/follow-up-rhythm";
import { can } from "@/lib/domain/permissions";
import { PRINCIPLES } from "@/lib/domain/principles/rules";
import type { Actor } from "@/lib/domain/roles";
import { getDb, type Db } from "../db";
import { loadCompactForActor } from "@/lib/server/load/compact";
import { commitmentsWithHealth, type CommitmentWithHealth } from "@/lib/server/load/commitment-health";
import { reviewCommitmentSchema, reviewPrincipleSchema } from "@/lib/validation/follow-up";

export type UpdateView = {
  id: string;
  date: Date;
  status: string;
  percent: number;
  text: string;
  organisationName: string;
  sector: string;
  evidenceUrl: string | null;
  evidenceFile: { id: string; fileName: string; size: number } | null;
};

export type CommitmentView = {
  id: string;
  title: string;
  description: string;
  party: CommitmentWithHealth["party"];
  owner: { id: string; name: string; sector: string };
  partner: { id: string; name: string; sector: string } | null;
  contactRole: string;
  dueDate: Date | null;
  recurrence: string | null;
  followUpKind: string;
  indicator: string;
  target: string;
  deliverable: string;
  principles: string[];
  actionPlanTitle: string | null;
  versionNumber: number;
  status: string;
  percent: number;
  health: string;
  awaitingParty: string | null;
  lastUpdateAt: Date | null;
  nextUpdateDue: Date | null;
  updates: UpdateView[];
};

export type JointReviewView = {
  versionNumber: number;
  updatedAt: Date;
  commitments: z.infer<typeof reviewCommitmentSchema>[];
  principles: z.infer<typeof reviewPrincipleSchema>[];
  participantsSaid: string;
  proposals: string[];
};

export type ProposalView = { id: string; source: string; subject: string; text: string; fromVersion: number; versionNumber: number };

function readReview(row: { versionNumber: number; updatedAt: Date; commitments: unknown; principles: unknown; participantsSaid: string; proposals: unknown }): JointReviewView {
  return {
    versionNumber: row.versionNumber,
    updatedAt: row.updatedAt,
    commitments: z.array(reviewCommitmentSchema).catch([]).parse(row.commitments),
    principles: z.array(reviewPrincipleSchema).catch([]).parse(row.principles),
    participantsSaid: row.participantsSaid,
    proposals: z.array(z.string()).catch([]).parse(row.proposals),
  };
}

function toView(c: CommitmentWithHealth, organisationNames: Map<string, string>): CommitmentView {
  return {
    id: c.id,
    title: c.title,
    description: c.description,
    party: c.party,
    owner: c.ownerOrganisation,
    partner: c.partnerOrganisation,
    contactRole: c.contactRole,
    dueDate: c.dueDate,
    recurrence: c.recurrence,
    followUpKind: c.followUpKind,
    indicator: c.indicator,
    target: c.target,
    deliverable: c.deliverable,
    principles: c.principleKeys,
    actionPlanTitle: c.actionPlan?.title ?? null,
    versionNumber: c.versionNumber,
    status: c.health.status,
    percent: c.health.percent,
    health: c.health.health,
    awaitingParty: c.health.awaitingParty,
    lastUpdateAt: c.health.lastUpdateAt,
    nextUpdateDue: c.health.nextUpdateDue,
    updates: c.updates.map((u) => ({
      id: u.id,
      date: u.date,
      status: u.status,
      percent: u.percent,
      text: u.text,
      organisationName: organisationNames.get(u.organisationId) ?? "",
      sector: u.sector,
      evidenceUrl: u.evidenceUrl,
      evidenceFile: u.evidenceFile,
    })),
  };
}

/** Everything the follow-up of a compact shows at `now`, for anyone (the callers decide who sees it). */
async function followUpData(db: Db, compact: { id: string; municipalityId: string; currentVersion: number }, now: Date) {
  const [{ commitments, rhythm, implementationStartedAt }, plans, reviews, proposals, meetings, organisations] = await Promise.all([
    commitmentsWithHealth(db, compact.id, now),
    db.actionPlan.findMany({ where: { compactId: compact.id }, orderBy: { startDate: "asc" } }),
    db.jointReview.findMany({ where: { compactId: compact.id }, orderBy: { versionNumber: "desc" } }),
    db.reviewProposal.findMany({ where: { compactId: compact.id, versionNumber: compact.currentVersion + 1 }, orderBy: { position: "asc" } }),
    db.participationEntry.findMany({ where: { compactId: compact.id, stage: { in: ["implementation", "review"] } } }),
    db.organisation.findMany({ where: { municipalityId: compact.municipalityId }, orderBy: { name: "asc" }, select: { id: true, name: true, sector: true } }),
  ]);
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  const views = commitments.map((c) => toView(c, names));
  const items = commitments.map((c) => ({ ...c.health, party: c.party, principles: c.principleKeys }));
  const latest = (dates: (Date | null | undefined)[]) => dates.filter((d): d is Date => !!d).sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
  const reviewDone = latest(reviews.map((r) => r.updatedAt));
  const schedule: ScheduleItem[] = implementationStartedAt
    ? followUpSchedule({
        anchor: implementationStartedAt,
        rhythm,
        now,
        lastDone: { commitmentReview: reviewDone, principleReview: reviewDone, annualMeeting: latest(meetings.map((m) => m.endDate ?? m.startDate ?? m.createdAt)) },
        actionPlanEndsAt: latest(plans.map((p) => p.endDate)),
      })
    : [];
  return {
    commitments: views,
    actionPlans: plans.map((p) => ({ id: p.id, title: p.title, startDate: p.startDate, endDate: p.endDate, priorityAreas: z.array(z.string()).catch([]).parse(p.priorityAreas) })),
    rhythm,
    implementationStartedAt,
    schedule,
    byParty: progressByParty(items) as SummaryRow[],
    byPrinciple: progressByPrinciple(items, PRINCIPLES) as SummaryRow[],
    reviews: reviews.map(readReview),
    proposals: proposals.map((p): ProposalView => ({ id: p.id, source: p.source, subject: p.subject, text: p.text, fromVersion: p.fromVersion, versionNumber: p.versionNumber })),
    organisations,
  };
}

/** The follow-up page of a compact for a signed-in member of its municipality, with what they may do. */
export async function getFollowUpPage(actor: Actor | null, compactId: string, now = new Date()) {
  const db = getDb();
  const { compact, target } = await loadCompactForActor(db, actor, compactId);
  const data = await followUpData(db, compact, now);
  const [participation, comments] = await Promise.all([
    db.participationEntry.findMany({ where: { compactId }, orderBy: { createdAt: "asc" } }),
    db.comment.findMany({
      where: { compactId, versionNumber: compact.currentVersion, parentId: null, status: { not: "withdrawn" } },
      select: { sector: true, response: { select: { id: true } } },
    }),
  ]);
  const mayPost = data.commitments
    .filter((c) => can(actor, "followUp.postProgress", { ...target, commitmentOwners: [c.owner.id, ...(c.party === "joint" && c.partner ? [c.partner.id] : [])] }))
    .map((c) => c.id);
  return {
    compact: { id: compact.id, title: compact.title, stage: compact.stage, currentVersion: compact.currentVersion },
    may: {
      manage: can(actor, "followUp.manageCommitments", target),
      review: can(actor, "followUp.writeReview", target),
      postOn: mayPost,
    },
    participation: participation.map((p) => ({ id: p.id, stage: p.stage, level: p.level, civilCount: p.civilCount, publicCount: p.publicCount })),
    /** The comments on the version under review, for the joint review: by sector, and how many were answered. */
    commentFigures: {
      total: comments.length,
      public: comments.filter((c) => c.sector === "public").length,
      civil: comments.filter((c) => c.sector === "civil").length,
      answered: comments.filter((c) => c.response !== null).length,
    },
    ...data,
  };
}
export type FollowUpPage = Awaited<ReturnType<typeof getFollowUpPage>>;

/** Whether a compact's follow-up is public: once a version has been decided and is being carried out, or later rounds. */
export function isFollowUpPublic(compact: { stage: string; currentVersion: number }): boolean {
  return ["implementation", "review", "reformulation"].includes(compact.stage) || compact.currentVersion > 1;
}

/**
 * Public follow-up data (public compact page, open-data API): commitments with progress per party,
 * last update, stale ones marked, and the latest joint review. No user names or ids, no files.
 * Null when the compact does not exist or its follow-up is not public yet.
 */
export async function getPublicFollowUp(compactId: string, now = new Date()) {
  const db = getDb();
  const compact = await db.compact.findUnique({ where: { id: compactId } });
  if (!compact || !isFollowUpPublic(compact)) return null;
  const data = await followUpData(db, compact, now);
  const titles = new Map(data.commitments.map((c) => [c.id, c.title]));
  const review = data.reviews[0] ?? null;
  return {
    compactId: compact.id,
    title: compact.title,
    stage: compact.stage,
    generatedAt: now,
    commitments: data.commitments.map((c) => ({
      id: c.id,
      title: c.title,
      description: c.description,
      party: c.party,
      owner: c.owner.name,
      partner: c.partner?.name ?? null,
      contactRole: c.contactRole,
      dueDate: c.dueDate,
      recurrence: c.recurrence,
      followUp: c.followUpKind === "indicator" ? { indicator: c.indicator, target: c.target } : { deliverable: c.deliverable },
      principles: c.principles,
      status: c.status,
      percent: c.percent,
      stale: c.health === "stale",
      overdue: c.health === "overdue",
      lastUpdateAt: c.lastUpdateAt,
      updates: c.updates.map((u) => ({ date: u.date, status: u.status, percent: u.percent, text: u.text, organisation: u.organisationName, sector: u.sector, evidenceUrl: u.evidenceUrl })),
    })),
    byParty: data.byParty,
    byPrinciple: data.byPrinciple,
    review: review && {
      version: review.versionNumber,
      updatedAt: review.updatedAt,
      commitments: review.commitments.map((c) => ({ commitment: titles.get(c.commitmentId) ?? "", outcome: c.outcome, why: c.why })),
      principles: review.principles,
      participantsSaid: review.participantsSaid,
      proposals: review.proposals,
    },
  };
}
export type PublicFollowUpData = NonNullable<Awaited<ReturnType<typeof getPublicFollowUp>>>;

/** The card on the compact page: counts and the proposals from the review for this version. */
export async function getFollowUpSummary(actor: Actor | null, compactId: string, now = new Date()) {
  const db = getDb();
  const { compact } = await loadCompactForActor(db, actor, compactId);
  const { commitments } = await commitmentsWithHealth(db, compactId, now);
  // Proposals for the version being written: in reformulation the next one, after a new round the current one.
  const versions = compact.stage === "reformulation" ? [compact.currentVersion + 1] : [compact.currentVersion];
  const proposals = await db.reviewProposal.findMany({ where: { compactId, versionNumber: { in: versions } }, orderBy: { position: "asc" } });
  return {
    commitments: commitments.length,
    stale: commitments.filter((c) => c.health.health === "stale" || c.health.health === "overdue").length,
    done: commitments.filter((c) => c.health.status === "done").length,
    proposals: proposals.map((p): ProposalView => ({ id: p.id, source: p.source, subject: p.subject, text: p.text, fromVersion: p.fromVersion, versionNumber: p.versionNumber })),
  };
}
export type FollowUpSummary = Awaited<ReturnType<typeof getFollowUpSummary>>;

/** An evidence file, for a signed-in member of the compact's municipality only (NotFoundError for anyone else). */
export async function getEvidenceFile(actor: Actor | null, compactId: string, fileId: string) {
  const db = getDb();
  const file = await db.progressEvidenceFile.findUnique({ where: { id: fileId }, include: { update: { include: { commitment: { include: { compact: true } } } } } });
  const compact = file?.update.commitment.compact;
  if (!file || !compact || compact.id !== compactId) throw new NotFoundError();
  // Only signed-in members of the compact's municipality: the public follow-up leaves files out on
  // purpose (they may name people), so a file's id alone never opens it, whatever the stage.
  if (!can(actor, "compact.viewDraft", { municipalityId: compact.municipalityId })) throw new NotFoundError();
  return { fileName: file.fileName, mimeType: file.mimeType, data: file.data };
}
