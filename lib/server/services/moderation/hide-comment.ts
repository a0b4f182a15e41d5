import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { hideCommentSchema } from "@/lib/validation/moderation";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { notifyAboutHiding } from "@/lib/server/notify/comment-notifications";
import { mailNotifications } from "@/lib/server/notify/notify";
import { publishCommentChange } from "@/lib/server/live/comments";

/**
 * An administrator hides a comment with a reason. Nothing is changed or deleted: the hiding is a row
 * of its own (never changed either), the open reports on the comment are closed as "hidden", the
 * audit trail keeps who hid it and why, and the author is told.
 */
export async function hideComment(actor: Actor | null, input: unknown, now = new Date()): Promise<void> {
  const data = parseInput(hideCommentSchema, input);
  const { compactId, notes } = await getDb().$transaction(async (tx) => {
    const comment = await tx.comment.findUnique({ where: { id: data.commentId } });
    if (!comment) throw new NotFoundError();
    assertCan(actor, "comment.moderate", { municipalityId: comment.municipalityId });
    if (await tx.commentModeration.findUnique({ where: { commentId: comment.id } })) throw new ConflictError("moderation.errors.alreadyHidden");
    const moderation = await tx.commentModeration.create({
      data: { commentId: comment.id, compactId: comment.compactId, municipalityId: comment.municipalityId, hiddenById: actor.userId, reason: data.reason },
    });
    const { count } = await tx.commentReport.updateMany({
      where: { commentId: comment.id, resolvedAt: null },
      data: { resolution: "hidden", resolvedById: actor.userId, resolvedAt: now },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "comment.hidden",
      entityType: "comment",
      entityId: comment.id,
      compactId: comment.compactId,
      municipalityId: comment.municipalityId,
      after: { moderationId: moderation.id, reason: data.reason, reportsClosed: count },
    });
    return { compactId: comment.compactId, notes: await notifyAboutHiding(tx, comment, actor.userId) };
  });
  // Open compact pages show the notice instead of the text at once.
  await publishCommentChange(compactId);
  await mailNotifications(notes);
}
