import { z } from "zod";
import type { Tx } from "../../db";
import { reviewCommitmentSchema, reviewPrincipleSchema } from "./save-joint-review";

/**
 * Called by changeStage in the same transaction as the move review → reformulation: the joint
 * review's proposals become the "proposals from the review" of the next version, so round two starts
 * where round one ended. General proposals, each principle's "what to change", and the why of every
 * commitment that was not (fully) met. Moving again replaces them. (They should become comments on
 * the new version once comments exist.)
 */
export async function carryReviewProposals(tx: Tx, compact: { id: string; currentVersion: number }): Promise<number> {
  const review = await tx.jointReview.findUnique({ where: { compactId_versionNumber: { compactId: compact.id, versionNumber: compact.currentVersion } } });
  const next = compact.currentVersion + 1;
  await tx.reviewProposal.deleteMany({ where: { compactId: compact.id, versionNumber: next } });
  if (!review) return 0;
  const general = z.array(z.string()).catch([]).parse(review.proposals);
  const principles = z.array(reviewPrincipleSchema).catch([]).parse(review.principles);
  const verdicts = z.array(reviewCommitmentSchema).catch([]).parse(review.commitments);
  const titles = new Map(
    (await tx.commitment.findMany({ where: { id: { in: verdicts.map((v) => v.commitmentId) } }, select: { id: true, title: true } })).map((c) => [c.id, c.title]),
  );
  const rows = [
    ...general.map((text) => ({ source: "general", subject: "", text })),
    ...principles.filter((p) => p.change.trim()).map((p) => ({ source: "principle", subject: p.principle, text: p.change })),
    ...verdicts.filter((v) => v.outcome !== "met" && v.why.trim()).map((v) => ({ source: "commitment", subject: titles.get(v.commitmentId) ?? "", text: v.why })),
  ];
  if (rows.length) {
    await tx.reviewProposal.createMany({
      data: rows.map((row, position) => ({ compactId: compact.id, versionNumber: next, fromVersion: compact.currentVersion, position, ...row })),
    });
  }
  return rows.length;
}
