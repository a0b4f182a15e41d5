import { AppError, ConflictError } from "@/lib/domain/errors";
import { VOTE_RATE_LIMIT, type VoteValue } from "@/lib/domain/workshop";
import { parseInput } from "@/lib/validation/common";
import { voteSchema } from "@/lib/validation/workshop";
import { getDb } from "../../db";
import { findParticipant } from "../../queries/workshops";
import { publishWorkshopChange } from "./publish";
import { hitLimit } from "./rate-limit";

/**
 * Prisma's codes for a transaction that gave way under contention (a SQLite lock not granted in time,
 * a PostgreSQL deadlock or write conflict). The vote is an idempotent upsert, so it is simply tried
 * again; the participant never sees these.
 */
const TRANSIENT = new Set(["P1008", "P2034"]);
const ATTEMPTS = 3;

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

/** Rate-limit keys of votes: one per participant. */
export const VOTE_LIMIT_PREFIX = "workshop-vote:";

/** The vote, written only while the statement is open, checked in the same transaction as the write. */
function writeVote(participantId: string, workshopId: string, statementId: string, value: VoteValue) {
  return getDb().$transaction(async (tx) => {
    // A no-op write that locks the statement row while it is open (PostgreSQL; SQLite has one writer
    // anyway): closing the statement waits for this vote, or this vote sees it closed and is refused.
    const open = await tx.workshopStatement.updateMany({ where: { id: statementId, workshopId, status: "open" }, data: { status: "open" } });
    if (open.count !== 1) throw new ConflictError("workshop.errors.votingClosed");
    await tx.workshopVote.upsert({
      where: { statementId_participantId: { statementId, participantId } },
      create: { statementId, participantId, value },
      update: { value },
    });
  });
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
