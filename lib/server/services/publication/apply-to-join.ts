import { fileData, joinableCompact, organisationOf } from "../../write/joining";
import { joiningSchema } from "@/lib/validation/publication";
import { AppError } from "@/lib/domain/errors";
import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";

/** An association representative applies for their own organisation to join; an official confirms. */
export async function applyToJoin(actor: Actor | null, input: unknown): Promise<{ id: string }> {
  const data = parseInput(joiningSchema, input);
  return getDb().$transaction(async (tx) => {
    const { compact, target } = await joinableCompact(tx, actor, data.compactId);
    assertCan(actor, "joining.apply", { ...target, organisationId: data.organisationId });
    await organisationOf(tx, compact.municipalityId, data.organisationId);
    const existing = await tx.joining.findUnique({ where: { compactId_organisationId: { compactId: compact.id, organisationId: data.organisationId } } });
    if (existing) throw new AppError("invalid", existing.status === "confirmed" ? "public.errors.alreadyJoined" : "public.errors.alreadyApplied");
    const row = await tx.joining.create({
      data: {
        compactId: compact.id,
        municipalityId: compact.municipalityId,
        organisationId: data.organisationId,
        joinedOn: data.joinedOn,
        evidence: data.evidence,
        ...fileData(data.file),
        status: "pending",
        appliedById: actor.userId,
      },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "joining.applied",
      entityType: "joining",
      entityId: row.id,
      compactId: compact.id,
      municipalityId: compact.municipalityId,
      after: { organisationId: data.organisationId, joinedOn: data.joinedOn, evidence: data.evidence },
    });
    return { id: row.id };
  });
}
