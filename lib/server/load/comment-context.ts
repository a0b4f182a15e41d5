import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { isRoundOpen, isRoundParticipant, type RoundAudience } from "@/lib/domain/comments";
import type { Actor } from "@/lib/domain/roles";
import type { Db, Tx } from "@/lib/server/db";
import { loadCompactForActor } from "@/lib/server/load/compact";
import { signedIn } from "@/lib/domain/permissions";

export type LoadedRound = Awaited<ReturnType<typeof findRounds>>[number];

function findRounds(db: Db | Tx, compactId: string, versionNumber: number) {
  return db.commentRound.findMany({ where: { compactId, versionNumber }, include: { participants: true }, orderBy: { createdAt: "desc" } });
}

/** Does the round invite the actor's organisation (the drafting group always is)? */
export function roundInvites(round: LoadedRound, organisationId: string, inDraftingGroup: boolean): boolean {
  const facts = { audience: round.audience as RoundAudience, participantIds: round.participants.map((p) => p.organisationId) };
  return isRoundParticipant(facts, organisationId, inDraftingGroup);
}

/**
 * The compact (as the actor may see it), the rounds of its current version, the round open now,
 * and the permission target including whether that round invites the actor.
 */
export async function loadCommentContext(db: Db | Tx, actor: Actor | null, compactId: string, now: Date) {
  const { compact, target } = await loadCompactForActor(db, actor, compactId);
  const rounds = await findRounds(db, compactId, compact.currentVersion);
  const openRound = rounds.find((round) => isRoundOpen(round, now)) ?? null;
  const roundParticipant = openRound !== null && roundInvites(openRound, signedIn(actor).organisationId, target.inDraftingGroup);
  return { compact, rounds, openRound, target: { ...target, roundParticipant } };
}

/** A comment of this compact's current version, with the round it was written in (if any). */
export async function loadComment(db: Db | Tx, actor: Actor | null, commentId: string, now: Date) {
  const comment = await db.comment.findUnique({ where: { id: commentId }, include: { signatures: true, response: true } });
  if (!comment) throw new NotFoundError();
  const context = await loadCommentContext(db, actor, comment.compactId, now);
  const round = comment.roundId ? (context.rounds.find((r) => r.id === comment.roundId) ?? null) : null;
  const readOnly = comment.versionNumber !== context.compact.currentVersion || (round !== null && !isRoundOpen(round, now));
  return { ...context, comment, round, readOnly };
}

/** Comments of a closed round (or an older version) are read-only: refuse any change with a clear message. */
export function assertWritable(loaded: { readOnly: boolean; comment: { status: string } }): void {
  if (loaded.readOnly) throw new ConflictError("comments.errors.roundClosed");
  if (loaded.comment.status === "withdrawn") throw new ConflictError("comments.errors.withdrawn");
}
