import {
  balanceBySection,
  groupBySection,
  isJoint,
  isRoundOpen,
  isWithinEditWindow,
  missingSectors,
  reportTotals,
  roundClosedAt,
  type CommentOutcome,
  type CommentScope,
  type CommentStatus,
  type ReportTotals,
  type RoundAudience,
  type SectionBalance,
} from "@/lib/domain/comments";
import { visibleBody } from "@/lib/domain/notifications";
import { can } from "@/lib/domain/permissions";
import { isSector, type Actor, type Sector } from "@/lib/domain/roles";
import { isStage, stageIndex } from "@/lib/domain/stages";
import type { StageBalance } from "@/lib/domain/comment-balance";
import { getDb, type Db } from "../db";
import { loadCommentContext } from "@/lib/server/load/comment-context";
import { commentsStamp } from "@/lib/server/live/comments";
import { stageBalanceOf } from "./comment-balance";

/** Who signed a joint comment, as the UI shows it. */
export type SignatureView = { userId: string; name: string; organisation: string; sector: Sector };

export type CommentView = {
  id: string;
  parentId: string | null;
  roundId: string | null;
  scope: CommentScope;
  anchorStart: string | null;
  anchorEnd: string | null;
  quote: string;
  section: string;
  /** Empty for a withdrawn comment: it shows as withdrawn, not what it said. Empty for a hidden one, except to its author. */
  body: string;
  /** An administrator hid it: everyone sees the reason instead of the text (the author still sees their own text). */
  hidden: { reason: string } | null;
  /** The reader has reported it already. */
  reported: boolean;
  author: { id: string; name: string };
  organisation: string;
  sector: Sector;
  status: CommentStatus;
  createdAt: string;
  edited: boolean;
  jointProposal: boolean;
  joint: boolean;
  missingSectors: Sector[];
  signatures: SignatureView[];
  response: { outcome: CommentOutcome; motivation: string } | null;
  /** Comments of a closed round (or an older version) can no longer change. */
  readOnly: boolean;
  may: { edit: boolean; withdraw: boolean; resolve: boolean; sign: boolean; unsign: boolean; reply: boolean; respond: boolean; report: boolean };
  replies: CommentView[];
};

export type RoundView = {
  id: string;
  versionNumber: number;
  audience: RoundAudience;
  organisations: string[];
  endsAt: string;
  open: boolean;
  closedAt: string | null;
  commentCount: number;
};

export type CompactComments = {
  compactId: string;
  versionNumber: number;
  comments: CommentView[];
  rounds: RoundView[];
  openRound: RoundView | null;
  balance: SectionBalance[];
  /** Comments by sector per stage of the cycle, over every version. */
  stageBalance: StageBalance[];
  /** The stamp of the comments as read here: the page reloads when the live stream sends another. */
  liveStamp: string;
  organisations: { id: string; name: string; sector: Sector }[];
  may: { comment: boolean; manageRound: boolean; respond: boolean; commentJoint: boolean };
};

type Row = Awaited<ReturnType<typeof findComments>>[number];

function findComments(db: Db, where: { compactId: string; versionNumber?: number; roundId?: string }) {
  return db.comment.findMany({ where, include: { signatures: { orderBy: { createdAt: "asc" } }, response: true }, orderBy: { createdAt: "asc" } });
}

/** Names of the authors, signatories and organisations behind these comments, in two queries. */
async function namesFor(db: Db, rows: Row[]) {
  const userIds = new Set<string>();
  const organisationIds = new Set<string>();
  for (const row of rows) {
    userIds.add(row.authorId);
    organisationIds.add(row.organisationId);
    for (const s of row.signatures) {
      userIds.add(s.userId);
      organisationIds.add(s.organisationId);
    }
  }
  const [users, organisations] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, name: true } }),
    db.organisation.findMany({ where: { id: { in: [...organisationIds] } }, select: { id: true, name: true } }),
  ]);
  return { user: new Map(users.map((u) => [u.id, u.name])), organisation: new Map(organisations.map((o) => [o.id, o.name])) };
}

const sectorOf = (value: string): Sector => (isSector(value) ? value : "public");

type ViewFacts = {
  actor: Actor | null;
  now: Date;
  names: Awaited<ReturnType<typeof namesFor>>;
  readOnlyRound: (roundId: string | null) => boolean;
  canResolve: boolean;
  canSign: boolean;
  canReply: boolean;
  canRespond: boolean;
  currentVersion: number;
  moderation: Moderation;
};

/** Which comments an admin hid (and why), which the reader reported, and whether the reader may report. */
type Moderation = { hidden: Map<string, string>; reported: Set<string>; canReport: boolean };

async function moderationFor(db: Db, actor: Actor | null, municipalityId: string, commentIds: string[]): Promise<Moderation> {
  const [hidings, reports] = await Promise.all([
    db.commentModeration.findMany({ where: { commentId: { in: commentIds } }, select: { commentId: true, reason: true } }),
    actor ? db.commentReport.findMany({ where: { reporterId: actor.userId, commentId: { in: commentIds } }, select: { commentId: true } }) : [],
  ]);
  return { hidden: new Map(hidings.map((h) => [h.commentId, h.reason])), reported: new Set(reports.map((r) => r.commentId)), canReport: can(actor, "comment.report", { municipalityId }) };
}

function toView(row: Row, facts: ViewFacts, replies: CommentView[]): CommentView {
  const signatures = row.signatures.map((s) => ({
    userId: s.userId,
    name: facts.names.user.get(s.userId) ?? "—",
    organisation: facts.names.organisation.get(s.organisationId) ?? "—",
    sector: sectorOf(s.sector),
  }));
  const withdrawn = row.status === "withdrawn";
  const readOnly = row.versionNumber !== facts.currentVersion || facts.readOnlyRound(row.roundId);
  const mine = facts.actor?.userId === row.authorId;
  const signed = signatures.some((s) => s.userId === facts.actor?.userId);
  const writable = !readOnly && !withdrawn;
  const closedRound = row.roundId !== null && facts.readOnlyRound(row.roundId);
  const hiddenReason = facts.moderation.hidden.get(row.id);
  const hidden = hiddenReason === undefined ? null : { reason: hiddenReason };
  return {
    id: row.id,
    parentId: row.parentId,
    roundId: row.roundId,
    scope: row.scope as CommentScope,
    anchorStart: row.anchorStart,
    anchorEnd: row.anchorEnd,
    quote: row.quote,
    section: row.sectionTitle,
    body: withdrawn ? "" : visibleBody(row, hidden, facts.actor?.userId ?? null),
    hidden,
    reported: facts.moderation.reported.has(row.id),
    author: { id: row.authorId, name: facts.names.user.get(row.authorId) ?? "—" },
    organisation: facts.names.organisation.get(row.organisationId) ?? "—",
    sector: sectorOf(row.sector),
    status: row.status as CommentStatus,
    createdAt: row.createdAt.toISOString(),
    edited: row.editedAt !== null,
    jointProposal: row.joint,
    joint: row.joint && isJoint(signatures),
    missingSectors: row.joint ? missingSectors(signatures) : [],
    signatures,
    response: row.response ? { outcome: row.response.outcome as CommentOutcome, motivation: row.response.motivation } : null,
    readOnly,
    may: {
      edit: writable && mine && isWithinEditWindow(row.createdAt, facts.now),
      withdraw: writable && mine,
      resolve: writable && row.parentId === null && (facts.canResolve || mine),
      sign: writable && row.joint && facts.canSign && !signed,
      unsign: writable && row.joint && facts.canSign && signed,
      reply: writable && row.parentId === null && facts.canReply,
      respond: closedRound && row.parentId === null && !withdrawn && facts.canRespond,
      report: facts.moderation.canReport && !mine && !withdrawn && hidden === null && !facts.moderation.reported.has(row.id),
    },
    replies,
  };
}

function roundView(round: { id: string; versionNumber: number; audience: string; endsAt: Date; closedAt: Date | null; participants: { organisationId: string }[] }, now: Date, orgNames: Map<string, string>, count: number): RoundView {
  const open = isRoundOpen(round, now);
  return {
    id: round.id,
    versionNumber: round.versionNumber,
    audience: round.audience as RoundAudience,
    organisations: round.participants.map((p) => orgNames.get(p.organisationId) ?? "—"),
    endsAt: round.endsAt.toISOString(),
    open,
    closedAt: open ? null : roundClosedAt(round).toISOString(),
    commentCount: count,
  };
}

/**
 * The comments on the compact's current version as the actor may see and act on them: threads (top-level
 * comments with their replies, in the order written; the panel orders them by their place in the
 * text), the rounds of the version, and the balance between the sectors per section.
 */
export async function getCompactComments(actor: Actor | null, compactId: string, now = new Date()): Promise<CompactComments> {
  const db = getDb();
  // Read before the comments: a change in between then shows as a new stamp, never as a missed one.
  const liveStamp = await commentsStamp(db, compactId);
  const { compact, rounds, openRound, target } = await loadCommentContext(db, actor, compactId, now);
  const rows = await findComments(db, { compactId, versionNumber: compact.currentVersion });
  const names = await namesFor(db, rows);
  const organisations = await db.organisation.findMany({ where: { municipalityId: compact.municipalityId }, select: { id: true, name: true, sector: true }, orderBy: { name: "asc" } });
  const orgNames = new Map(organisations.map((o) => [o.id, o.name]));
  const closed = new Set(rounds.filter((r) => !isRoundOpen(r, now)).map((r) => r.id));
  // Signing a comment of the open round needs that round's invitation; one outside rounds, the drafting.
  const draftingTarget = { ...target, roundParticipant: false };
  const facts: ViewFacts = {
    actor,
    now,
    names,
    readOnlyRound: (roundId) => roundId !== null && closed.has(roundId),
    canResolve: can(actor, "comment.resolve", target),
    canSign: can(actor, "comment.sign", target),
    canReply: can(actor, "comment.create", target),
    canRespond: can(actor, "comment.respond", target),
    currentVersion: compact.currentVersion,
    moderation: await moderationFor(db, actor, compact.municipalityId, rows.map((r) => r.id)),
  };
  const repliesOf = new Map<string, CommentView[]>();
  for (const row of rows.filter((r) => r.parentId !== null)) {
    repliesOf.set(row.parentId!, [...(repliesOf.get(row.parentId!) ?? []), toView(row, facts, [])]);
  }
  const comments = rows.filter((r) => r.parentId === null).map((row) => toView(row, { ...facts, canSign: row.roundId ? facts.canSign : can(actor, "comment.sign", draftingTarget) }, repliesOf.get(row.id) ?? []));
  // A hidden comment counts in no figure, like a withdrawn one: an administrator found it out of bounds.
  const counted = comments.filter((c) => c.status !== "withdrawn" && c.hidden === null).map((c) => ({ section: c.section, sector: c.sector }));
  const countByRound = (id: string) => rows.filter((r) => r.roundId === id && r.parentId === null).length;
  const roundViews = rounds.map((r) => roundView(r, now, orgNames, countByRound(r.id)));
  return {
    compactId,
    versionNumber: compact.currentVersion,
    comments,
    rounds: roundViews,
    openRound: openRound ? (roundViews.find((r) => r.id === openRound.id) ?? null) : null,
    balance: balanceBySection(counted),
    stageBalance: stageBalanceOf(compact),
    liveStamp,
    organisations: organisations.map((o) => ({ id: o.id, name: o.name, sector: sectorOf(o.sector) })),
    may: {
      comment: can(actor, "comment.create", target),
      commentJoint: can(actor, "comment.create", target),
      manageRound: can(actor, "comment.manageRound", target),
      respond: can(actor, "comment.respond", target),
    },
  };
}

export type ReportEntry = {
  id: string;
  section: string;
  quote: string;
  body: string;
  author: string;
  organisation: string;
  sector: Sector;
  joint: boolean;
  signatories: SignatureView[];
  outcome: CommentOutcome | null;
  motivation: string;
};

/** A consultation report (samrådsredogörelse) of one closed round. */
export type ConsultationReport = {
  roundId: string;
  compactId: string;
  compactTitle: string;
  versionNumber: number;
  openedAt: string;
  closedAt: string;
  audience: RoundAudience;
  organisations: string[];
  sections: { section: string; items: ReportEntry[] }[];
  totals: ReportTotals;
};

async function buildReport(db: Db, round: Parameters<typeof roundView>[0] & { createdAt: Date; compactId: string }, compactTitle: string, now: Date): Promise<ConsultationReport> {
  const found = await findComments(db, { compactId: round.compactId, roundId: round.id });
  const hidden = new Set((await db.commentModeration.findMany({ where: { commentId: { in: found.map((r) => r.id) } }, select: { commentId: true } })).map((h) => h.commentId));
  // Hidden comments are left out of the report, like withdrawn ones; the audit trail keeps them.
  const rows = found.filter((r) => r.parentId === null && r.status !== "withdrawn" && !hidden.has(r.id));
  const names = await namesFor(db, rows);
  const participantNames = await db.organisation.findMany({ where: { id: { in: round.participants.map((p) => p.organisationId) } }, select: { id: true, name: true } });
  const entries: ReportEntry[] = rows.map((row) => {
    const signatories = row.signatures.map((s) => ({ userId: s.userId, name: names.user.get(s.userId) ?? "—", organisation: names.organisation.get(s.organisationId) ?? "—", sector: sectorOf(s.sector) }));
    return {
      id: row.id,
      section: row.sectionTitle,
      quote: row.quote,
      body: row.body,
      author: names.user.get(row.authorId) ?? "—",
      organisation: names.organisation.get(row.organisationId) ?? "—",
      sector: sectorOf(row.sector),
      joint: row.joint && isJoint(signatories),
      signatories,
      outcome: (row.response?.outcome as CommentOutcome | undefined) ?? null,
      motivation: row.response?.motivation ?? "",
    };
  });
  const view = roundView(round, now, new Map(participantNames.map((o) => [o.id, o.name])), entries.length);
  return {
    roundId: round.id,
    compactId: round.compactId,
    compactTitle,
    versionNumber: round.versionNumber,
    openedAt: round.createdAt.toISOString(),
    closedAt: view.closedAt ?? now.toISOString(),
    audience: view.audience,
    organisations: view.organisations,
    sections: groupBySection(entries),
    totals: reportTotals(entries),
  };
}

/**
 * The consultation reports of a version's closed rounds, newest first, for the decision basis.
 * Signed-in users of the municipality who may read the draft get them at once; the public (actor
 * null) only once the version has gone to decision, like the frozen principle check.
 */
export async function getConsultationReports(actor: Actor | null, compactId: string, versionNumber: number, now = new Date()): Promise<ConsultationReport[]> {
  const db = getDb();
  const compact = await db.compact.findUnique({ where: { id: compactId }, select: { id: true, title: true, stage: true, currentVersion: true, municipalityId: true } });
  if (!compact) return [];
  if (actor) {
    if (!can(actor, "comment.read", { municipalityId: compact.municipalityId }) || !can(actor, "compact.viewDraft", { municipalityId: compact.municipalityId })) return [];
  } else {
    if (!isStage(compact.stage)) return [];
    const wentToDecision = compact.currentVersion > versionNumber || (compact.currentVersion === versionNumber && stageIndex(compact.stage) >= stageIndex("decision"));
    // The public reads reports of versions that went to decision, of compacts that are published.
    if (!wentToDecision || !(await db.publication.findFirst({ where: { compactId }, select: { id: true } }))) return [];
  }
  const rounds = await db.commentRound.findMany({ where: { compactId, versionNumber }, include: { participants: true }, orderBy: { createdAt: "desc" } });
  const closed = rounds.filter((round) => !isRoundOpen(round, now));
  return Promise.all(closed.map((round) => buildReport(db, round, compact.title, now)));
}

/** One round's consultation report, or null while the round is open (or not there / not visible). */
export async function getConsultationReport(actor: Actor | null, compactId: string, roundId: string, now = new Date()): Promise<ConsultationReport | null> {
  const db = getDb();
  const round = await db.commentRound.findUnique({ where: { id: roundId }, select: { compactId: true, versionNumber: true } });
  if (!round || round.compactId !== compactId) return null;
  const reports = await getConsultationReports(actor, compactId, round.versionNumber, now);
  return reports.find((report) => report.roundId === roundId) ?? null;
}
