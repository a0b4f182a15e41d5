import { z } from "zod";
import { REVIEW_OUTCOMES } from "@/lib/domain/follow-up";
import { assertCan } from "@/lib/domain/permissions";
import { PRINCIPLES } from "@/lib/domain/principles/rules";
import type { Actor } from "@/lib/domain/roles";
import { idSchema, optionalText, parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { loadFollowUpCompact } from "./follow-up-compact";
import { REVIEW_TEXT_MAX } from "./schemas";

/** The stored shape of a joint review's parts (also read back by the queries). */
export const reviewCommitmentSchema = z.object({
  commitmentId: z.string(),
  outcome: z.enum(REVIEW_OUTCOMES, { error: "followUp.errors.outcome" }),
  why: optionalText(2000),
});
export const reviewPrincipleSchema = z.object({
  principle: z.enum(PRINCIPLES),
  stillRight: z.boolean().nullable(),
  change: optionalText(2000),
});
const jointReviewSchema = z.object({
  compactId: idSchema,
  commitments: z.array(reviewCommitmentSchema).max(500),
  principles: z.array(reviewPrincipleSchema),
  participantsSaid: optionalText(REVIEW_TEXT_MAX),
  proposals: z.array(z.string().trim().min(1).max(1000, { error: "errors.field.tooLong" })).max(100, { error: "errors.field.tooMany" }),
});
export type JointReviewInput = z.infer<typeof jointReviewSchema>;

/**
 * The form's flat fields (outcome__<commitment id>, why__…, stillRight__<principle>, change__…,
 * participantsSaid, proposals one per line) as the review's structure. Commitments left without a
 * verdict are not part of the review.
 */
export function reviewFromForm(form: Record<string, string>): unknown {
  const commitmentIds = Object.keys(form).filter((k) => k.startsWith("outcome__") && form[k]).map((k) => k.slice("outcome__".length));
  return {
    compactId: form.compactId,
    commitments: commitmentIds.map((id) => ({ commitmentId: id, outcome: form[`outcome__${id}`], why: form[`why__${id}`] ?? "" })),
    principles: PRINCIPLES.map((p) => ({
      principle: p,
      stillRight: form[`stillRight__${p}`] === "yes" ? true : form[`stillRight__${p}`] === "no" ? false : null,
      change: form[`change__${p}`] ?? "",
    })),
    participantsSaid: form.participantsSaid ?? "",
    proposals: (form.proposals ?? "").split(/\r?\n/).map((l) => l.trim()).filter(Boolean),
  };
}

/**
 * The drafting group writes (and may rewrite, until the compact moves on) the joint review of the
 * current version: per commitment met / partly / not met and why, per principle whether it is still
 * right and what to change, what participants said, and proposals for the next version.
 */
export async function saveJointReview(actor: Actor, input: unknown): Promise<void> {
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
