import { randomUUID } from "node:crypto";
import { AppError, ConflictError } from "@/lib/domain/errors";
import { VOTE_LIMIT_PREFIX, VOTE_RATE_LIMIT, type VoteValue } from "@/lib/domain/workshop";
import { parseInput } from "@/lib/validation/common";
import { voteSchema } from "@/lib/validation/workshop";
import { databaseUrlFromEnv } from "../../../../prisma/database-url";
import { databaseKind, getDb } from "../../db";
import { findParticipant } from "@/lib/server/load/workshop-participant";
import { publishWorkshopChange } from "@/lib/server/live/workshops";
import { hitLimit } from "@/lib/server/rate-limit";

/**
 * Prisma's codes for a transaction that gave way under contention: a SQLite lock or a pool connection
 * not granted in time, a PostgreSQL deadlock or write conflict, or two replays of one vote inserting
 * at the same instant (the unique key lets one in; the other finds its row on the next try). The vote
 * is an idempotent upsert, so it is simply tried again; the participant never sees these.
 */
const TRANSIENT = new Set(["P1008", "P2002", "P2028", "P2034"]);
const ATTEMPTS = 3;
/** A burst of votes may keep SQLite's write lock busy for a moment: wait for it rather than fail. */
const TRANSACTION_OPTIONS = { maxWait: 5000, timeout: 10_000 };

async function withRetry<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (attempt >= ATTEMPTS || typeof code !== "string" || !TRANSIENT.has(code)) throw error;
    }
  }
}


/**
 * PostgreSQL: one statement, so no connection is held across round trips while hundreds of votes
 * arrive. The CTE takes a shared lock on the statement row while it is open: votes do not wait for
 * each other, closing the statement (an update of that row) waits for the votes in flight, and votes
 * after the close find no open row and insert nothing. Times are written in UTC, as Prisma does.
 */
async function writeVotePostgres(participantId: string, workshopId: string, statementId: string, value: VoteValue): Promise<boolean> {
  const rows = await getDb().$queryRaw<Array<{ id: string }>>`
    WITH "open" AS (
      SELECT "id" FROM "WorkshopStatement"
      WHERE "id" = ${statementId} AND "workshopId" = ${workshopId} AND "status" = 'open'
      FOR SHARE
    )
    INSERT INTO "WorkshopVote" ("id", "statementId", "participantId", "value", "createdAt", "updatedAt")
    SELECT ${randomUUID()}, "id", ${participantId}, ${value}, CURRENT_TIMESTAMP AT TIME ZONE 'UTC', CURRENT_TIMESTAMP AT TIME ZONE 'UTC' FROM "open"
    ON CONFLICT ("statementId", "participantId")
    DO UPDATE SET "value" = EXCLUDED."value", "updatedAt" = EXCLUDED."updatedAt"
    RETURNING "id"`;
  return rows.length === 1;
}

/**
 * SQLite: a transaction whose first step is a no-op write on the open statement, which takes the
 * database's single write lock at once; the check and the upsert then see the same state. (A read
 * first could not be upgraded to a write once another process had written.)
 */
function writeVoteSqlite(participantId: string, workshopId: string, statementId: string, value: VoteValue): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const open = await tx.workshopStatement.updateMany({ where: { id: statementId, workshopId, status: "open" }, data: { status: "open" } });
    if (open.count !== 1) return false;
    await tx.workshopVote.upsert({
      where: { statementId_participantId: { statementId, participantId } },
      create: { statementId, participantId, value },
      update: { value },
    });
    return true;
  }, TRANSACTION_OPTIONS);
}

/** The vote, written only while the statement is open, with the check and the write as one. */
async function writeVote(participantId: string, workshopId: string, statementId: string, value: VoteValue): Promise<void> {
  const write = databaseKind(databaseUrlFromEnv()) === "postgres" ? writeVotePostgres : writeVoteSqlite;
  if (!(await write(participantId, workshopId, statementId, value))) throw new ConflictError("workshop.errors.votingClosed");
}

/**
 * A participant's yes or no on the open statement. One row per participant and statement (a unique
 * key), written with an upsert: voting again changes the vote, and a replayed request cannot count
 * twice. Refused unless the statement is open.
 */
export async function castVote(joinCode: string, token: string | undefined, input: unknown): Promise<{ statementId: string; value: VoteValue }> {
  const { statementId, value } = parseInput(voteSchema, input);
  const participant = await findParticipant(joinCode, token);
  if (!participant) throw new AppError("unauthenticated", "workshop.errors.notJoined");
  await hitLimit(`${VOTE_LIMIT_PREFIX}${participant.id}`, VOTE_RATE_LIMIT);
  await withRetry(() => writeVote(participant.id, participant.workshopId, statementId, value));
  await publishWorkshopChange(participant.workshopId, "tally");
  return { statementId, value };
}
