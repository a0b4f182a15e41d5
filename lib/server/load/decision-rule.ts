import { DECISION_MODES, DEFAULT_DECISION_RULE, type DecisionMode, type DecisionRule } from "@/lib/domain/publication";
import type { Db, Tx } from "../db";

/** How the municipality decides: a single decision (the default) or N individual approvals. */
export async function getDecisionRule(db: Db | Tx, municipalityId: string): Promise<DecisionRule> {
  const row = await db.decisionRule.findUnique({ where: { municipalityId } });
  if (!row || !(DECISION_MODES as readonly string[]).includes(row.mode)) return DEFAULT_DECISION_RULE;
  return { mode: row.mode as DecisionMode, approvalsRequired: row.approvalsRequired };
}
