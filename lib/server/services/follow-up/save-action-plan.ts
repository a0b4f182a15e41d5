import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { loadFollowUpCompact } from "@/lib/server/load/follow-up-compact";
import { actionPlanSchema } from "@/lib/validation/follow-up";

/** The drafting group draws up an action plan: a period (end not before start) with priority areas. */
export async function addActionPlan(actor: Actor | null, input: unknown): Promise<{ id: string }> {
  const data = parseInput(actionPlanSchema, input);
  return getDb().$transaction(async (tx) => {
    const { compact, target } = await loadFollowUpCompact(tx, actor, data.compactId);
    assertCan(actor, "followUp.manageCommitments", target);
    const plan = await tx.actionPlan.create({
      data: {
        compactId: compact.id,
        versionNumber: compact.currentVersion,
        title: data.title,
        startDate: data.startDate,
        endDate: data.endDate,
        priorityAreas: data.priorityAreas,
        createdById: actor.userId,
      },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "followUp.actionPlanAdded",
      entityType: "actionPlan",
      entityId: plan.id,
      compactId: compact.id,
      municipalityId: compact.municipalityId,
      after: { title: plan.title, startDate: plan.startDate, endDate: plan.endDate, priorityAreas: data.priorityAreas },
    });
    return { id: plan.id };
  });
}
