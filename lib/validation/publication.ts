import { z } from "zod";
import { DECISION_MODES, DEFAULT_DECISION_RULE, MAX_APPROVALS_REQUIRED, isPdf, MAX_EVIDENCE_BYTES } from "@/lib/domain/publication";
import { dateSchema, idSchema, optionalDateSchema, requiredText } from "./common";

export const decisionRuleSchema = z.object({
  mode: z.enum(DECISION_MODES, { error: "public.errors.decisionMode" }),
  approvalsRequired: z.coerce
    .number({ error: "errors.field.number" })
    .int({ error: "errors.field.number" })
    .min(1, { error: "errors.field.number" })
    .max(MAX_APPROVALS_REQUIRED, { error: "errors.field.number" })
    .default(DEFAULT_DECISION_RULE.approvalsRequired),
});

/** An uploaded PDF as bytes: optional, at most 5 MB, and really a PDF. */
const evidenceFileSchema = z
  .custom<{ name: string; bytes: Uint8Array } | null>((value) => value === null || (typeof value === "object" && value !== null && "bytes" in value))
  .default(null)
  .refine((file) => !file || file.bytes.length <= MAX_EVIDENCE_BYTES, { error: "public.errors.fileTooLarge" })
  .refine((file) => !file || file.bytes.length === 0 || isPdf(file.bytes), { error: "public.errors.notPdf" });

export const joiningSchema = z.object({
  compactId: idSchema,
  organisationId: idSchema,
  joinedOn: dateSchema,
  evidence: requiredText(1000),
  file: evidenceFileSchema,
});

export const confirmJoiningSchema = z.object({ joiningId: idSchema });

export const publishConsultationSchema = z
  .object({ compactId: idSchema, startsAt: optionalDateSchema, endsAt: optionalDateSchema })
  .refine((v) => !v.startsAt || !v.endsAt || v.startsAt <= v.endsAt, { error: "errors.field.dateOrder", path: ["endsAt"] });
