import { z } from "zod";
import { DECISION_MODES, DEFAULT_DECISION_RULE, MAX_APPROVALS_REQUIRED } from "@/lib/domain/publication";

export const decisionRuleSchema = z.object({
  mode: z.enum(DECISION_MODES, { error: "public.errors.decisionMode" }),
  approvalsRequired: z.coerce
    .number({ error: "errors.field.number" })
    .int({ error: "errors.field.number" })
    .min(1, { error: "errors.field.number" })
    .max(MAX_APPROVALS_REQUIRED, { error: "errors.field.number" })
    .default(DEFAULT_DECISION_RULE.approvalsRequired),
});
