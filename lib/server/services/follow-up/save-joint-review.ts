import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { loadFollowUpCompact } from "@/lib/server/load/follow-up-compact";
import { jointReviewSchema } from "@/lib/validation/follow-up";

/**
 * The drafting group writes (and may rewrite, until the compact moves on) the joint review of the
 * current version: per commitment met / partly / not met and why, per principle whether it is still
 * right and what to change, what participants said, and proposals for the next version.
 */
export async function saveJointReview(actor: Actor | null, input: unknown): Promise<void> {
  const data = parseInput(jointReviewSchema, input);
  await getDb().$transaction(async (tx) => {
    const { compact, target } = await loadFollowUpCompact(tx, actor, data.compactId);
    assertCan(actor, "followUp.writeReview", target);
    const known = new Set((await tx.commitment.findMany({ where: { compactId: compact.id }, select: { id: true } })).map((c) => c.id));
    const commitments = data.commitments.filter((c) => known.has(c.commitmentId));
    const key = { compactId: compact.id, versionNumber: compact.currentVersion };
    const fields = { commitments, principles: data.principles, participantsSaid: data.participantsSaid, proposals: data.proposals, authorId: actor.userId };
    const saved = await tx.jointReview.upsert({
      where: { compactId_versionNumber: key },
      create: { ...key, ...fields },
      update: fields,
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "followUp.reviewSaved",
      entityType: "jointReview",
      entityId: saved.id,
      compactId: compact.id,
      municipalityId: compact.municipalityId,
      after: fields,
    });
  });
}
