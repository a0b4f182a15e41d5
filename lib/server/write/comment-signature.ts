import { ConflictError, ForbiddenError } from "@/lib/domain/errors";
import { isJoint } from "@/lib/domain/comments";
import { can } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "@/lib/server/audit";
import { getDb } from "@/lib/server/db";
import { publishCommentChange } from "@/lib/server/live/comments";
import { assertWritable, loadComment } from "@/lib/server/load/comment-context";
import { commentRefSchema } from "@/lib/validation/comments";

/** Signs or unsigns a proposed joint comment in one transaction, audited, and tells open pages. */
export async function changeSignature(actor: Actor | null, input: unknown, now: Date, change: "sign" | "withdraw"): Promise<{ joint: boolean }> {
  const data = parseInput(commentRefSchema, input);
  const result = await getDb().$transaction(async (tx) => {
    const loaded = await loadComment(tx, actor, data.commentId, now);
    const { comment } = loaded;
    if (!actor) throw new ForbiddenError();
    if (!comment.joint) throw new ConflictError("comments.errors.notJoint");
    assertWritable(loaded);
    if (!can(actor, "comment.sign", loaded.target)) throw new ForbiddenError("comment.sign", [{ key: "comments.errors.notInvited" }]);
    const mine = comment.signatures.find((s) => s.userId === actor.userId);
    let signatures = comment.signatures;
    if (change === "sign") {
      if (mine) throw new ConflictError("comments.errors.alreadySigned");
      const created = await tx.commentSignature.create({ data: { commentId: comment.id, userId: actor.userId, organisationId: actor.organisationId, sector: actor.sector } });
      signatures = [...signatures, created];
    } else {
      if (!mine) throw new ConflictError("comments.errors.notSigned");
      await tx.commentSignature.delete({ where: { id: mine.id } });
      signatures = signatures.filter((s) => s.id !== mine.id);
    }
    const joint = isJoint(signatures.map((s) => ({ sector: s.sector === "civil" ? "civil" : "public" })));
    await recordAudit(tx, {
      actorId: actor.userId,
      action: change === "sign" ? "comment.signed" : "comment.signatureWithdrawn",
      entityType: "comment",
      entityId: comment.id,
      compactId: loaded.compact.id,
      municipalityId: loaded.compact.municipalityId,
      after: { sector: actor.sector, organisationId: actor.organisationId, joint },
    });
    return { joint, compactId: loaded.compact.id };
  });
  await publishCommentChange(result.compactId);
  return { joint: result.joint };
}
