import { assertCan } from "@/lib/domain/permissions";
import type { DecisionRule } from "@/lib/domain/publication";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { decisionRuleSchema } from "@/lib/validation/publication";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { getDecisionRule } from "../../load/decision-rule";

/** The admin sets how their municipality decides on compacts. */
export async function updateDecisionRule(actor: Actor | null, input: unknown): Promise<DecisionRule> {
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
