import { z } from "zod";
import { PRINCIPLES, RULES, SEVERITIES, type Finding, type PrincipleCheckOptions, type RuleId } from "@/lib/domain/principles/rules";
import { MAX_SCORE, MIN_SCORE } from "@/lib/domain/principles/assessment";
import { SECTORS } from "@/lib/domain/roles";
import { idSchema, requiredText } from "./common";

/** The version the form was filled in for: a score for a version that has moved on is refused. */
const versionSchema = z.coerce.number({ error: "errors.invalid" }).int().min(1);

/** One sector's score of one principle, as entered on the check page. */
export const assessPrincipleSchema = z.object({
  compactId: idSchema,
  version: versionSchema,
  principle: z.enum(PRINCIPLES, { error: "errors.invalid" }),
  score: z.coerce
    .number({ error: "principles.errors.score" })
    .int({ error: "principles.errors.score" })
    .min(MIN_SCORE, { error: "principles.errors.score" })
    .max(MAX_SCORE, { error: "principles.errors.score" }),
  justification: requiredText(1000),
});
export type AssessPrincipleInput = z.infer<typeof assessPrincipleSchema>;

/** A sector's decision to let the compact go to decision despite blocking findings. */
export const overridePrinciplesSchema = z.object({
  compactId: idSchema,
  version: versionSchema,
  motivation: requiredText(2000),
});
export type OverridePrinciplesInput = z.infer<typeof overridePrinciplesSchema>;

/**
 * The principle-check settings a municipality may keep in Municipality.settings, under "principles".
 * Anything missing or unreadable falls back to the defaults.
 */
const principleSettingsSchema = z.object({
  principles: z
    .object({
      minCivilOrganisations: z.number().int().min(1).max(100).optional().catch(undefined),
      minValidityYears: z.number().int().min(1).max(20).optional().catch(undefined),
    })
    .optional()
    .catch(undefined),
});

/** The check options stored for a municipality (only those set; the domain fills in the rest). */
export function principleOptionsFrom(settings: unknown): Partial<PrincipleCheckOptions> {
  const parsed = principleSettingsSchema.safeParse(settings ?? {});
  const stored = parsed.success ? parsed.data.principles : undefined;
  return Object.fromEntries(Object.entries(stored ?? {}).filter(([, value]) => value !== undefined));
}

const paramsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

/** A finding as stored in a frozen check (PrincipleCheckSnapshot.findings). */
const storedFindingSchema = z.object({
  rule: z.string().refine((rule): rule is RuleId => rule in RULES),
  principle: z.enum(PRINCIPLES),
  severity: z.enum(SEVERITIES),
  messageKey: z.string().max(200),
  params: paramsSchema,
  where: z.object({ blockIndex: z.number().int().min(0), excerpt: z.string() }).nullable(),
});

export const storedFindingsSchema = z.array(storedFindingSchema).transform((list) => list as Finding[]);

export const storedAssessmentsSchema = z.array(
  z.object({
    principle: z.enum(PRINCIPLES),
    sector: z.enum(SECTORS),
    score: z.number().int().min(MIN_SCORE).max(MAX_SCORE),
    justification: z.string(),
  }),
);

export const storedOverridesSchema = z.array(
  z.object({ sector: z.enum(SECTORS), motivation: z.string(), createdAt: z.string() }),
);
