import { NotFoundError, UnauthenticatedError } from "@/lib/domain/errors";
import { assertCan, can, type Action } from "@/lib/domain/permissions";
import { isSector, type Actor, type Sector } from "@/lib/domain/roles";
import {
  emptyCounts,
  focusStatement,
  JOIN_ACTIVITY_MINUTES,
  JOIN_BURST_PER_MINUTE,
  joinsPerMinute,
  participationCounts,
  STATEMENT_STATUSES,
  WORKSHOP_STATUSES,
  type JoinMinute,
  type SectorVoteCounts,
  type StatementStatus,
  type WorkshopStatus,
} from "@/lib/domain/workshop";
import { getDb, type Db } from "../db";

const asWorkshopStatus = (value: string): WorkshopStatus => WORKSHOP_STATUSES.find((status) => status === value) ?? "draft";
const asStatementStatus = (value: string): StatementStatus => STATEMENT_STATUSES.find((status) => status === value) ?? "pending";

export type WorkshopListItem = {
  id: string;
  title: string;
  status: WorkshopStatus;
  compactTitle: string | null;
  statementCount: number;
  participantCount: number;
  createdAt: Date;
};

/** The workshops of the actor's municipality, newest first: for members who may see results. */
export async function listWorkshops(actor: Actor | null): Promise<WorkshopListItem[]> {
  assertCan(actor, "workshop.viewResults", { municipalityId: actor?.municipalityId });
  const rows = await getDb().workshop.findMany({
    where: { municipalityId: actor.municipalityId },
    include: { compact: { select: { title: true } }, _count: { select: { statements: true, participants: true } } },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    status: asWorkshopStatus(row.status),
    compactTitle: row.compact?.title ?? null,
    statementCount: row._count.statements,
    participantCount: row._count.participants,
    createdAt: row.createdAt,
  }));
}

export type WorkshopDetail = {
  id: string;
  title: string;
  status: WorkshopStatus;
  joinCode: string;
  compact: { id: string; title: string } | null;
  startedAt: Date | null;
  endedAt: Date | null;
  mayManage: boolean;
};

/** One workshop for a member who may take `action` on it; another municipality's is "not found". */
export async function getWorkshop(actor: Actor | null, id: string, action: Action): Promise<WorkshopDetail> {
  if (!actor) throw new UnauthenticatedError();
  const row = await getDb().workshop.findUnique({ where: { id }, include: { compact: { select: { id: true, title: true } } } });
  if (!row || row.municipalityId !== actor.municipalityId) throw new NotFoundError();
  assertCan(actor, action, { municipalityId: row.municipalityId, ownerId: row.createdById });
  return {
    id: row.id,
    title: row.title,
    status: asWorkshopStatus(row.status),
    joinCode: row.joinCode,
    compact: row.compact,
    startedAt: row.startedAt,
    endedAt: row.endedAt,
    mayManage: can(actor, "workshop.manage", { municipalityId: row.municipalityId, ownerId: row.createdById }),
  };
}

export type LiveStatement = { id: string; position: number; text: string; status: StatementStatus; counts: SectorVoteCounts };

/** What the presenter, the console and the results show. Plain JSON: it travels over SSE. */
export type PresenterSnapshot = {
  workshopId: string;
  status: WorkshopStatus;
  /** Joined phones (and signed-in users) per sector. */
  participants: Record<Sector, number>;
  statements: LiveStatement[];
  /** The statement the room looks at: the open one, else the one closed last. */
  focusId: string | null;
};

/**
 * Votes per statement, sector and value, counted by the database in one grouped query (the presenter
 * reloads this many times a second while votes arrive). Plain SQL that SQLite and PostgreSQL share;
 * it walks the statement index, then each vote's participant by primary key. Participants of an
 * excluded burst of joins do not count.
 */
async function voteCounts(db: Db, workshopId: string): Promise<Map<string, SectorVoteCounts>> {
  const groups = await db.$queryRaw<Array<{ statementId: string; value: string; sector: string; votes: number | bigint }>>`
    SELECT v."statementId" AS "statementId", v."value" AS "value", p."sector" AS "sector", COUNT(*) AS "votes"
    FROM "WorkshopStatement" s
    JOIN "WorkshopVote" v ON v."statementId" = s."id"
    JOIN "WorkshopParticipant" p ON p."id" = v."participantId"
    WHERE s."workshopId" = ${workshopId} AND p."excludedAt" IS NULL
    GROUP BY v."statementId", v."value", p."sector"`;
  const counts = new Map<string, SectorVoteCounts>();
  for (const group of groups) {
    if ((group.value !== "yes" && group.value !== "no") || !isSector(group.sector)) continue;
    const entry = counts.get(group.statementId) ?? emptyCounts();
    entry[group.sector][group.value] += Number(group.votes);
    counts.set(group.statementId, entry);
  }
  return counts;
}

/**
 * The live state of a workshop, unguarded: callers check permissions first (the SSE route does so
 * before it subscribes). Null when there is no such workshop. The live views pass their own client.
 */
export async function loadPresenterSnapshot(workshopId: string, db: Db = getDb()): Promise<PresenterSnapshot | null> {
  const [workshop, counts, participants] = await Promise.all([
    db.workshop.findUnique({ where: { id: workshopId }, include: { statements: { orderBy: { position: "asc" } } } }),
    voteCounts(db, workshopId),
    db.workshopParticipant.groupBy({ by: ["sector"], where: { workshopId, excludedAt: null }, _count: { _all: true } }),
  ]);
  if (!workshop) return null;
  const statements = workshop.statements.map((statement) => ({
    ...statement,
    status: asStatementStatus(statement.status),
  }));
  return {
    workshopId,
    status: asWorkshopStatus(workshop.status),
    participants: {
      public: participants.find((group) => group.sector === "public")?._count._all ?? 0,
      civil: participants.find((group) => group.sector === "civil")?._count._all ?? 0,
    },
    statements: statements.map(({ id, position, text, status }) => ({ id, position, text, status, counts: counts.get(id) ?? emptyCounts() })),
    focusId: focusStatement(statements)?.id ?? null,
  };
}

/** The live state for a member who may see results. */
export async function getPresenterSnapshot(actor: Actor | null, workshopId: string): Promise<PresenterSnapshot> {
  await getWorkshop(actor, workshopId, "workshop.viewResults");
  const snapshot = await loadPresenterSnapshot(workshopId);
  if (!snapshot) throw new NotFoundError();
  return snapshot;
}

/** What a participant's phone shows: the open statement, or the result once it is revealed. */
export type ParticipantSnapshot = {
  status: WorkshopStatus;
  open: { id: string; position: number; text: string } | null;
  revealed: { id: string; position: number; text: string; counts: SectorVoteCounts } | null;
};

/** The same for everybody in the workshop (their own votes come with the page), so one load serves all. */
export async function loadParticipantSnapshot(workshopId: string, db: Db = getDb()): Promise<ParticipantSnapshot | null> {
  const workshop = await db.workshop.findUnique({ where: { id: workshopId }, include: { statements: true } });
  if (!workshop) return null;
  const statements = workshop.statements.map((statement) => ({ ...statement, status: asStatementStatus(statement.status) }));
  const focus = focusStatement(statements);
  const pick = (statement: { id: string; position: number; text: string }) => ({ id: statement.id, position: statement.position, text: statement.text });
  const revealed = focus?.status === "revealed" ? { ...pick(focus), counts: (await voteCounts(db, workshopId)).get(focus.id) ?? emptyCounts() } : null;
  return { status: asWorkshopStatus(workshop.status), open: focus?.status === "open" ? pick(focus) : null, revealed };
}

/** A participant's own votes in a workshop, statement id → value, for their page. */
export async function getParticipantVotes(participantId: string): Promise<Record<string, "yes" | "no">> {
  const votes = await getDb().workshopVote.findMany({ where: { participantId }, select: { statementId: true, value: true } });
  return Object.fromEntries(votes.flatMap((vote) => (vote.value === "yes" || vote.value === "no" ? [[vote.statementId, vote.value]] : [])));
}

export type WorkshopResults = { workshop: WorkshopDetail; snapshot: PresenterSnapshot };

/** Everything the results page and the exports show, for a member who may see results. */
export async function getWorkshopResults(actor: Actor | null, workshopId: string): Promise<WorkshopResults> {
  const workshop = await getWorkshop(actor, workshopId, "workshop.viewResults");
  const snapshot = await loadPresenterSnapshot(workshopId);
  if (!snapshot) throw new NotFoundError();
  return { workshop, snapshot };
}


export type JoinActivity = {
  /** Joins per minute over the last minutes, oldest first, each flagged when it is a burst. */
  minutes: JoinMinute[];
  threshold: number;
  /** Participants excluded with a burst so far. */
  excluded: number;
  /** Who took part (voted at least once), per sector, excluded bursts left out: the most the facilitator can confirm. */
  voted: { publicCount: number; civilCount: number };
};

/** The facilitator's view of who joins and when (owner and officials only). */
export async function getJoinActivity(actor: Actor | null, workshopId: string, now = new Date()): Promise<JoinActivity> {
  await getWorkshop(actor, workshopId, "workshop.manage");
  const db = getDb();
  const since = new Date(now.getTime() - (JOIN_ACTIVITY_MINUTES + 1) * 60_000);
  const [recent, excluded, participants] = await Promise.all([
    db.workshopParticipant.findMany({ where: { workshopId, excludedAt: null, createdAt: { gte: since } }, select: { createdAt: true } }),
    db.workshopParticipant.count({ where: { workshopId, excludedAt: { not: null } } }),
    db.workshopParticipant.findMany({ where: { workshopId, excludedAt: null }, select: { sector: true, _count: { select: { votes: true } } } }),
  ]);
  return {
    minutes: joinsPerMinute(
      recent.map((row) => row.createdAt),
      now,
    ),
    threshold: JOIN_BURST_PER_MINUTE,
    excluded,
    voted: participationCounts(participants.flatMap((p) => (isSector(p.sector) ? [{ sector: p.sector, votes: p._count.votes }] : []))),
  };
}
