import { settleRound } from "../../write/settle-round";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { getDb } from "../../db";
import { mailNotifications } from "@/lib/server/notify/notify";
import { loadCommentContext } from "@/lib/server/load/comment-context";
import { roundRefSchema } from "@/lib/validation/comments";

/** An official closes a round before its end date, or settles one whose end date has passed. */
export async function closeCommentRound(actor: Actor | null, input: unknown, now = new Date()): Promise<void> {
  const data = parseInput(roundRefSchema, input);
  const notes = await getDb().$transaction(async (tx) => {
    const round = await tx.commentRound.findUnique({ where: { id: data.roundId }, include: { participants: true } });
    if (!round) throw new NotFoundError();
    const { compact, target } = await loadCommentContext(tx, actor, round.compactId, now);
    assertCan(actor, "comment.manageRound", target);
    if (round.closedAt !== null) throw new ConflictError("comments.errors.roundClosed");
    return settleRound(tx, round, { id: compact.id, stage: compact.stage, municipalityId: compact.municipalityId }, actor.userId, now);
  });
  await mailNotifications(notes);
}
