import { z } from "zod";
import { PARTICIPATION_LEVELS, PARTICIPATION_METHODS, STAGES } from "@/lib/domain/stages";
import { STAGE_CHANGE_KINDS } from "@/lib/domain/lifecycle";
import { dateSchema, idSchema, lineList, optionalDateSchema, optionalText, requiredText } from "./common";

export const createCompactSchema = z.object({
  title: requiredText(200),
  summary: optionalText(2000),
});
export type CreateCompactInput = z.infer<typeof createCompactSchema>;

/** The agenda statement: why a compact, which issues, which organisations are invited. */
export const agendaSchema = z.object({
  compactId: idSchema,
  why: optionalText(4000),
  issues: lineList(30, 300, 5000),
  invited: lineList(100, 300, 5000),
});
export type AgendaInput = z.infer<typeof agendaSchema>;

export const changeStageSchema = z.object({
  compactId: idSchema,
  kind: z.enum(STAGE_CHANGE_KINDS, { error: "errors.invalid" }),
  expectedRevision: z.coerce.number().int().min(0),
  reason: optionalText(2000),
});
export type ChangeStageInput = z.infer<typeof changeStageSchema>;

export const compactRefSchema = z.object({ compactId: idSchema });

export const draftingGroupSchema = z.object({ compactId: idSchema, organisationId: idSchema });

const count = z.coerce
  .number({ error: "errors.field.number" })
  .int({ error: "errors.field.number" })
  .min(0, { error: "errors.field.number" })
  .max(1_000_000, { error: "errors.field.number" });

/** A row of the participation matrix, as entered on the compact page. */
export const participationSchema = z
  .object({
    compactId: idSchema,
    stage: z.enum(STAGES, { error: "errors.field.stage" }),
    level: z.enum(PARTICIPATION_LEVELS, { error: "errors.field.level" }),
    methods: z
      .string()
      .default("")
      .transform((value) => value.split(",").filter(Boolean))
      .pipe(z.array(z.enum(PARTICIPATION_METHODS, { error: "errors.field.method" })).min(1, { error: "errors.field.methodRequired" })),
    startDate: optionalDateSchema,
    endDate: optionalDateSchema,
    publicCount: count.default(0),
    civilCount: count.default(0),
    note: optionalText(1000),
  })
  .refine((value) => !value.startDate || !value.endDate || value.startDate <= value.endDate, {
    error: "errors.field.dateOrder",
    path: ["endDate"],
  });
export type ParticipationInput = z.infer<typeof participationSchema>;

export const stageSummarySchema = z.object({ compactId: idSchema, text: requiredText(10_000) });

/** Plain-text editing of the draft (headings with "# " and "## "), until live co-editing is in place. */
export const saveTextSchema = z.object({ compactId: idSchema, text: z.string().max(200_000, { error: "errors.field.tooLong" }) });

export const decisionSchema = z.object({
  compactId: idSchema,
  expectedRevision: z.coerce.number().int().min(0),
  outcome: z.enum(["approved", "rejected"], { error: "errors.field.outcome" }),
  motivation: requiredText(4000),
  body: requiredText(200),
  caseNumber: requiredText(60),
  meetingDate: dateSchema,
});
export type DecisionInput = z.infer<typeof decisionSchema>;

export const compactListFilterSchema = z.object({
  stage: z.enum(STAGES).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
});
