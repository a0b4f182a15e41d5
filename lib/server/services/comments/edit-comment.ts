import { ConflictError, ForbiddenError } from "@/lib/domain/errors";
import { isWithinEditWindow } from "@/lib/domain/comments";
import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { publishCommentChange } from "@/lib/server/live/comments";
import { assertWritable, loadComment } from "@/lib/server/load/comment-context";
import { editCommentSchema } from "@/lib/validation/comments";

/** The author corrects their own comment within the edit window; it then shows as edited. */
export async function editComment(actor: Actor | null, input: unknown, now = new Date()): Promise<void> {
  const data = parseInput(editCommentSchema, input);
  const compactId = await getDb().$transaction(async (tx) => {
    const loaded = await loadComment(tx, actor, data.commentId, now);
    assertCan(actor, "comment.read", loaded.target);
    if (loaded.comment.authorId !== actor.userId) throw new ForbiddenError("comment.edit", [{ key: "comments.errors.notAuthor" }]);
    assertWritable(loaded);
    if (!isWithinEditWindow(loaded.comment.createdAt, now)) throw new ConflictError("comments.errors.editWindowPassed");
    await tx.comment.update({ where: { id: loaded.comment.id }, data: { body: data.body, editedAt: now } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "comment.edited",
      entityType: "comment",
      entityId: loaded.comment.id,
      compactId: loaded.compact.id,
      municipalityId: loaded.compact.municipalityId,
      before: { body: loaded.comment.body },
      after: { body: data.body },
    });
    return loaded.compact.id;
  });
  await publishCommentChange(compactId);
}
