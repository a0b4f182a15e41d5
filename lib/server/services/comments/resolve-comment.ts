import { ConflictError, ForbiddenError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { publishCommentChange } from "@/lib/server/live/comments";
import { assertWritable, loadComment } from "@/lib/server/load/comment-context";
import { resolveCommentSchema } from "@/lib/validation/comments";

/** The drafting group (or the author) marks a thread resolved, or opens it again. */
export async function resolveComment(actor: Actor | null, input: unknown, now = new Date()): Promise<void> {
  const data = parseInput(resolveCommentSchema, input);
  const compactId = await getDb().$transaction(async (tx) => {
    const loaded = await loadComment(tx, actor, data.commentId, now);
    const { comment } = loaded;
    if (!actor) throw new ForbiddenError();
    if (!can(actor, "comment.resolve", loaded.target) && comment.authorId !== actor.userId) throw new ForbiddenError("comment.resolve");
    if (comment.parentId !== null) throw new ConflictError("comments.errors.noParent");
    assertWritable(loaded);
    const status = data.resolved ? "resolved" : "open";
    if (comment.status === status) return null;
    await tx.comment.update({ where: { id: comment.id }, data: { status, resolvedAt: data.resolved ? now : null } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: data.resolved ? "comment.resolved" : "comment.reopened",
      entityType: "comment",
      entityId: comment.id,
      compactId: loaded.compact.id,
      municipalityId: loaded.compact.municipalityId,
      before: { status: comment.status },
      after: { status },
    });
    return loaded.compact.id;
  });
  if (compactId) await publishCommentChange(compactId);
}
