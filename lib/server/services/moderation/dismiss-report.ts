import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { reportRefSchema } from "@/lib/validation/moderation";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";

/** An administrator finds a report unfounded and closes it; the comment stays as it is. */
export async function dismissReport(actor: Actor | null, input: unknown, now = new Date()): Promise<void> {
  const data = parseInput(reportRefSchema, input);
  await getDb().$transaction(async (tx) => {
    const report = await tx.commentReport.findUnique({ where: { id: data.reportId } });
    if (!report) throw new NotFoundError();
    assertCan(actor, "comment.moderate", { municipalityId: report.municipalityId });
    if (report.resolvedAt !== null) throw new ConflictError("moderation.errors.alreadyHandled");
    await tx.commentReport.update({ where: { id: report.id }, data: { resolution: "dismissed", resolvedById: actor.userId, resolvedAt: now } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "comment.reportDismissed",
      entityType: "comment",
      entityId: report.commentId,
      compactId: report.compactId,
      municipalityId: report.municipalityId,
      after: { reportId: report.id },
    });
  });
}
