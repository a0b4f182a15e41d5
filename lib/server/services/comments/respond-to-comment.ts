import { ConflictError, ForbiddenError } from "@/lib/domain/errors";
import { isRoundOpen } from "@/lib/domain/comments";
import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { publishCommentChange } from "@/lib/server/live/comments";
import { loadCompactForActor } from "@/lib/server/load/compact";
import { mailNotifications } from "@/lib/server/notify/notify";
import { settleRound } from "@/lib/server/write/settle-round";
import { respondSchema } from "@/lib/validation/comments";

/**
 * The drafting group records how a comment of a closed round was handled (accepted, partly
 * accepted, not accepted, noted) and why. Answering again replaces the answer; the audit keeps both.
 */
export async function respondToComment(actor: Actor | null, input: unknown, now = new Date()): Promise<void> {
  const data = parseInput(respondSchema, input);
  const { compactId, notes } = await getDb().$transaction(async (tx) => {
    const comment = await tx.comment.findUnique({ where: { id: data.commentId }, include: { response: true } });
    if (!comment) throw new ConflictError("comments.errors.noParent");
    const { compact, target } = await loadCompactForActor(tx, actor, comment.compactId);
    assertCan(actor, "comment.respond", target);
    const round = comment.roundId ? await tx.commentRound.findUnique({ where: { id: comment.roundId }, include: { participants: true } }) : null;
    if (!round) throw new ConflictError("comments.errors.notInRound");
    if (isRoundOpen(round, now)) throw new ConflictError("comments.errors.roundStillOpen");
    if (comment.parentId !== null || comment.status === "withdrawn") throw new ForbiddenError("comment.respond", [{ key: "comments.errors.notAnswerable" }]);
    const notes = await settleRound(tx, round, { id: compact.id, stage: compact.stage, municipalityId: compact.municipalityId }, actor.userId, now);
    await tx.commentResponse.upsert({
      where: { commentId: comment.id },
      create: { commentId: comment.id, outcome: data.outcome, motivation: data.motivation, respondedById: actor.userId },
      update: { outcome: data.outcome, motivation: data.motivation, respondedById: actor.userId },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "comment.answered",
      entityType: "comment",
      entityId: comment.id,
      compactId: compact.id,
      municipalityId: compact.municipalityId,
      before: comment.response ? { outcome: comment.response.outcome, motivation: comment.response.motivation } : null,
      after: { outcome: data.outcome, motivation: data.motivation },
    });
    return { compactId: compact.id, notes };
  });
  await publishCommentChange(compactId);
  await mailNotifications(notes);
}
