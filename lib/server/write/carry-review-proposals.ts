import { z } from "zod";
import type { Tx } from "@/lib/server/db";
import { reviewCommitmentSchema, reviewPrincipleSchema } from "@/lib/validation/follow-up";

/** Who moves the compact into reformulation: the proposals' comments carry their name and sector. */
type Mover = { userId: string; organisationId: string; sector: string };

/**
 * Called by changeStage in the same transaction as the move review → reformulation: the joint
 * review's proposals become the "proposals from the review" of the next version, so round two starts
 * where round one ended. General proposals, each principle's "what to change", and the why of every
 * commitment that was not (fully) met. Moving again replaces the list. Each proposal is also a comment
 * on the whole text being reformulated, by the one who moved it on, so the drafting group answers and
 * resolves them like any other comment (a proposal already commented is not repeated).
 */
export async function carryReviewProposals(tx: Tx, compact: { id: string; municipalityId: string; currentVersion: number }, mover: Mover): Promise<number> {
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
  // A commitment proposal names its commitment; a principle's is about the whole text anyway.
  const bodies = rows.map((row) => (row.source === "commitment" && row.subject ? `${row.subject}: ${row.text}` : row.text));
  const versionNumber = compact.currentVersion;
  const present = new Set(
    (await tx.comment.findMany({ where: { compactId: compact.id, versionNumber, scope: "compact", body: { in: bodies } }, select: { body: true } })).map((c) => c.body),
  );
  const fresh = [...new Set(bodies)].filter((body) => !present.has(body));
  if (fresh.length) {
    await tx.comment.createMany({
      data: fresh.map((body) => ({
        compactId: compact.id,
        municipalityId: compact.municipalityId,
        versionNumber,
        authorId: mover.userId,
        organisationId: mover.organisationId,
        sector: mover.sector,
        scope: "compact",
        body: body.slice(0, 5000),
      })),
    });
  }
  return rows.length;
}
