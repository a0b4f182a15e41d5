import { fileData, joinableCompact, organisationOf } from "../../write/joining";
import { joiningSchema } from "@/lib/validation/publication";
import { AppError } from "@/lib/domain/errors";
import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";

/** An official registers that an organisation or committee has joined, with date and evidence. */
export async function registerJoining(actor: Actor | null, input: unknown): Promise<{ id: string }> {
  const data = parseInput(joiningSchema, input);
  return getDb().$transaction(async (tx) => {
    const { compact, target } = await joinableCompact(tx, actor, data.compactId);
    assertCan(actor, "joining.register", target);
    await organisationOf(tx, compact.municipalityId, data.organisationId);
    const existing = await tx.joining.findUnique({ where: { compactId_organisationId: { compactId: compact.id, organisationId: data.organisationId } } });
    if (existing?.status === "confirmed") throw new AppError("invalid", "public.errors.alreadyJoined");
    const fields = { joinedOn: data.joinedOn, evidence: data.evidence, ...fileData(data.file), status: "confirmed", confirmedById: actor.userId, confirmedAt: new Date() };
    const row = existing
      ? await tx.joining.update({ where: { id: existing.id }, data: fields })
      : await tx.joining.create({ data: { compactId: compact.id, municipalityId: compact.municipalityId, organisationId: data.organisationId, ...fields } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: existing ? "joining.confirmed" : "joining.registered",
      entityType: "joining",
      entityId: row.id,
      compactId: compact.id,
      municipalityId: compact.municipalityId,
      after: { organisationId: data.organisationId, joinedOn: data.joinedOn, evidence: data.evidence, file: data.file?.name ?? null },
    });
    return { id: row.id };
  });
}
