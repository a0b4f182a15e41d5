import { ForbiddenError } from "@/lib/domain/errors";
import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { publishCommentChange } from "@/lib/server/live/comments";
import { assertWritable, loadComment } from "@/lib/server/load/comment-context";
import { commentRefSchema } from "@/lib/validation/comments";

/** The author withdraws their comment: it stays, shown as withdrawn (nothing is ever deleted). */
export async function withdrawComment(actor: Actor | null, input: unknown, now = new Date()): Promise<void> {
  const data = parseInput(commentRefSchema, input);
  const compactId = await getDb().$transaction(async (tx) => {
    const loaded = await loadComment(tx, actor, data.commentId, now);
    assertCan(actor, "comment.read", loaded.target);
    if (loaded.comment.authorId !== actor.userId) throw new ForbiddenError("comment.withdraw", [{ key: "comments.errors.notAuthor" }]);
    assertWritable(loaded);
    await tx.comment.update({ where: { id: loaded.comment.id }, data: { status: "withdrawn", withdrawnAt: now } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "comment.withdrawn",
      entityType: "comment",
      entityId: loaded.comment.id,
      compactId: loaded.compact.id,
      municipalityId: loaded.compact.municipalityId,
      before: { status: loaded.comment.status },
      after: { status: "withdrawn" },
    });
    return loaded.compact.id;
  });
  await publishCommentChange(compactId);
}
