import { z } from "zod";
import { COMMITMENT_PARTIES, FOLLOW_UP_KINDS, PROGRESS_STATUSES, RECURRENCES, REVIEW_OUTCOMES, isValidPercent } from "@/lib/domain/follow-up";
import { isPrinciple, PRINCIPLES, type Principle } from "@/lib/domain/principles/rules";
import { idSchema, lineList, optionalText, requiredText } from "@/lib/validation/common";

/** Error messages are translation keys (errors.field.* or followUp.errors.*). */

/** "2027-03-15" → that day at midnight UTC; anything else is refused. */
export function parseDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && year <= 2200 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

const day = z
  .string({ error: "errors.field.date" })
  .refine((v) => parseDay(v) !== null, { error: "errors.field.date" })
  .transform((v) => parseDay(v)!);
const optionalDay = z
  .string()
  .trim()
  .default("")
  .refine((v) => v === "" || parseDay(v) !== null, { error: "errors.field.date" })
  .transform((v) => (v === "" ? null : parseDay(v)));
const optionalId = z
  .string()
  .trim()
  .max(64)
  .default("")
  .transform((v) => (v === "" ? null : v));
/** A checkbox group, joined by commas by the form wrapper (or given as an array). */
const principleList = z
  .union([z.string(), z.array(z.string())])
  .default("")
  .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean))
  .refine((list) => list.every(isPrinciple), { error: "followUp.errors.principle" })
  .transform((list) => [...new Set(list as Principle[])]);

export const commitmentSchema = z
  .object({
    compactId: idSchema,
    actionPlanId: optionalId,
    title: requiredText(300),
    description: optionalText(2000),
    party: z.enum(COMMITMENT_PARTIES, { error: "followUp.errors.party" }),
    ownerOrganisationId: idSchema,
    partnerOrganisationId: optionalId,
    contactRole: requiredText(200),
    dueDate: optionalDay,
    recurrence: z
      .union([z.literal(""), z.enum(RECURRENCES, { error: "followUp.errors.recurrence" })])
      .default("")
      .transform((v) => (v === "" ? null : v)),
    followUpKind: z.enum(FOLLOW_UP_KINDS, { error: "followUp.errors.followUpKind" }),
    indicator: optionalText(300),
    target: optionalText(300),
    deliverable: optionalText(1000),
    principles: principleList,
  })
  .superRefine((c, ctx) => {
    if (!c.dueDate && !c.recurrence) ctx.addIssue({ code: "custom", path: ["dueDate"], message: "followUp.errors.timingRequired" });
    if (c.followUpKind === "indicator" && !c.indicator) ctx.addIssue({ code: "custom", path: ["indicator"], message: "followUp.errors.indicatorRequired" });
    if (c.followUpKind === "indicator" && !c.target) ctx.addIssue({ code: "custom", path: ["target"], message: "followUp.errors.targetRequired" });
    if (c.followUpKind === "deliverable" && !c.deliverable) ctx.addIssue({ code: "custom", path: ["deliverable"], message: "followUp.errors.deliverableRequired" });
    if (c.party === "joint" && !c.partnerOrganisationId) ctx.addIssue({ code: "custom", path: ["partnerOrganisationId"], message: "followUp.errors.partnerRequired" });
  });
export type CommitmentInput = z.infer<typeof commitmentSchema>;

export const actionPlanSchema = z
  .object({
    compactId: idSchema,
    title: requiredText(200),
    startDate: day,
    endDate: day,
    priorityAreas: lineList(20, 300, 10_000),
  })
  .refine((p) => p.endDate.getTime() >= p.startDate.getTime(), { path: ["endDate"], message: "followUp.errors.periodOrder" });

export const removeCommitmentSchema = z.object({ compactId: idSchema, commitmentId: idSchema });

export const progressSchema = z.object({
  commitmentId: idSchema,
  status: z.enum(PROGRESS_STATUSES, { error: "followUp.errors.status" }),
  percent: z.coerce
    .number({ error: "followUp.errors.percent" })
    .refine((n) => isValidPercent(n), { error: "followUp.errors.percent" }),
  text: requiredText(2000),
  evidenceUrl: z
    .string()
    .trim()
    .max(500, { error: "errors.field.tooLong" })
    .default("")
    .refine((v) => v === "" || /^https?:\/\/[^\s]+$/i.test(v), { error: "followUp.errors.evidenceUrl" })
    .transform((v) => (v === "" ? null : v)),
  date: day,
});

const months = (max: number) =>
  z.coerce
    .number({ error: "followUp.errors.months" })
    .int({ error: "followUp.errors.months" })
    .min(1, { error: "followUp.errors.months" })
    .max(max, { error: "followUp.errors.months" });
export const rhythmSchema = z.object({
  compactId: idSchema,
  actionPlanMonths: months(120),
  commitmentReviewMonths: months(240),
  principleReviewMonths: months(240),
  meetingMonths: months(60),
  staleAfterMonths: months(60),
});

export const REVIEW_TEXT_MAX = 4000;

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
export const jointReviewSchema = z.object({
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
