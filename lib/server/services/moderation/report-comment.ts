import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { reportCommentSchema } from "@/lib/validation/moderation";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { loadCompactForActor } from "@/lib/server/load/compact";

/**
 * A signed-in reader who can see a comment reports it to the administrators with a short reason.
 * Once per reader and comment: a second report is refused (also under a race, by the unique key).
 */
export async function reportComment(actor: Actor | null, input: unknown): Promise<{ id: string }> {
  const data = parseInput(reportCommentSchema, input);
  return getDb().$transaction(async (tx) => {
    const comment = await tx.comment.findUnique({ where: { id: data.commentId } });
    if (!comment) throw new NotFoundError();
    // Seeing the compact is seeing its comments; another municipality's comment is "not found".
    const { compact } = await loadCompactForActor(tx, actor, comment.compactId);
    assertCan(actor, "comment.report", { municipalityId: compact.municipalityId });
    if (await tx.commentReport.findUnique({ where: { commentId_reporterId: { commentId: comment.id, reporterId: actor.userId } } })) {
      throw new ConflictError("moderation.errors.alreadyReported");
    }
    const report = await tx.commentReport
      .create({ data: { commentId: comment.id, compactId: compact.id, municipalityId: compact.municipalityId, reporterId: actor.userId, reason: data.reason } })
      .catch((error: unknown) => {
        if ((error as { code?: string }).code === "P2002") throw new ConflictError("moderation.errors.alreadyReported");
        throw error;
      });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "comment.reported",
      entityType: "comment",
      entityId: comment.id,
      compactId: compact.id,
      municipalityId: compact.municipalityId,
      after: { reportId: report.id, reason: data.reason },
    });
    return { id: report.id };
  });
}
