import { InvalidInputError } from "@/lib/domain/errors";
import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { loadFollowUpCompact } from "@/lib/server/load/follow-up-compact";
import { commitmentSchema } from "@/lib/validation/follow-up";

const OWNER_SECTOR = { municipality: "public", civil: "civil" } as const;

/**
 * The drafting group lists a commitment while it writes the text (formulation, reformulation). The
 * owner must belong to the party's sector; a joint commitment has a partner of the other sector.
 */
export async function addCommitment(actor: Actor | null, input: unknown): Promise<{ id: string }> {
  const data = parseInput(commitmentSchema, input);
  return getDb().$transaction(async (tx) => {
    const { compact, target } = await loadFollowUpCompact(tx, actor, data.compactId);
    assertCan(actor, "followUp.manageCommitments", target);
    const ids = [data.ownerOrganisationId, ...(data.partnerOrganisationId ? [data.partnerOrganisationId] : [])];
    const organisations = await tx.organisation.findMany({ where: { id: { in: ids }, municipalityId: compact.municipalityId } });
    const owner = organisations.find((o) => o.id === data.ownerOrganisationId);
    if (!owner) throw new InvalidInputError("errors.invalid", { ownerOrganisationId: ["followUp.errors.organisation"] });
    if (data.party !== "joint" && owner.sector !== OWNER_SECTOR[data.party]) {
      throw new InvalidInputError("errors.invalid", { ownerOrganisationId: ["followUp.errors.ownerSector"] });
    }
    const partner = data.party === "joint" ? organisations.find((o) => o.id === data.partnerOrganisationId) : undefined;
    if (data.party === "joint" && (!partner || partner.sector === owner.sector)) {
      throw new InvalidInputError("errors.invalid", { partnerOrganisationId: ["followUp.errors.partnerSector"] });
    }
    if (data.actionPlanId) {
      const plan = await tx.actionPlan.findFirst({ where: { id: data.actionPlanId, compactId: compact.id } });
      if (!plan) throw new InvalidInputError("errors.invalid", { actionPlanId: ["followUp.errors.actionPlan"] });
      if (data.dueDate && (data.dueDate < plan.startDate || data.dueDate > plan.endDate)) {
        throw new InvalidInputError("errors.invalid", { dueDate: ["followUp.errors.dueOutsidePlan"] });
      }
    }
    const created = await tx.commitment.create({
      data: {
        compactId: compact.id,
        versionNumber: compact.currentVersion,
        actionPlanId: data.actionPlanId,
        title: data.title,
        description: data.description,
        party: data.party,
        ownerOrganisationId: owner.id,
        partnerOrganisationId: partner?.id ?? null,
        contactRole: data.contactRole,
        dueDate: data.dueDate,
        recurrence: data.recurrence,
        followUpKind: data.followUpKind,
        indicator: data.followUpKind === "indicator" ? data.indicator : "",
        target: data.followUpKind === "indicator" ? data.target : "",
        deliverable: data.followUpKind === "deliverable" ? data.deliverable : "",
        principles: data.principles,
        createdById: actor.userId,
      },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "followUp.commitmentAdded",
      entityType: "commitment",
      entityId: created.id,
      compactId: compact.id,
      municipalityId: compact.municipalityId,
      after: { title: created.title, party: created.party, owner: owner.name, partner: partner?.name ?? null, version: created.versionNumber },
    });
    return { id: created.id };
  });
}
