import { z } from "zod";
import { assertCan } from "@/lib/domain/permissions";
import { DECISION_MODES, DEFAULT_DECISION_RULE, MAX_APPROVALS_REQUIRED, type DecisionMode, type DecisionRule } from "@/lib/domain/publication";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb, type Db, type Tx } from "../../db";

export const decisionRuleSchema = z.object({
  mode: z.enum(DECISION_MODES, { error: "public.errors.decisionMode" }),
  approvalsRequired: z.coerce
    .number({ error: "errors.field.number" })
    .int({ error: "errors.field.number" })
    .min(1, { error: "errors.field.number" })
    .max(MAX_APPROVALS_REQUIRED, { error: "errors.field.number" })
    .default(DEFAULT_DECISION_RULE.approvalsRequired),
});

/** How the municipality decides: a single decision (the default) or N individual approvals. */
export async function getDecisionRule(db: Db | Tx, municipalityId: string): Promise<DecisionRule> {
  const row = await db.decisionRule.findUnique({ where: { municipalityId } });
  if (!row || !(DECISION_MODES as readonly string[]).includes(row.mode)) return DEFAULT_DECISION_RULE;
  return { mode: row.mode as DecisionMode, approvalsRequired: row.approvalsRequired };
}

/** The admin sets how their municipality decides on compacts. */
export async function updateDecisionRule(actor: Actor, input: unknown): Promise<DecisionRule> {
  assertCan(actor, "municipality.manage");
  const rule = parseInput(decisionRuleSchema, input);
  return getDb().$transaction(async (tx) => {
    const before = await getDecisionRule(tx, actor.municipalityId);
    await tx.decisionRule.upsert({
      where: { municipalityId: actor.municipalityId },
      create: { municipalityId: actor.municipalityId, ...rule, updatedById: actor.userId },
      update: { ...rule, updatedById: actor.userId },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "municipality.decisionRule",
      entityType: "municipality",
      entityId: actor.municipalityId,
      municipalityId: actor.municipalityId,
      before,
      after: rule,
    });
    return rule;
  });
}
