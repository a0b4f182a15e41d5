import { z } from "zod";
import { AppError, NotFoundError } from "@/lib/domain/errors";
import { assertCan } from "@/lib/domain/permissions";
import { isJoinable, isPdf, MAX_EVIDENCE_BYTES } from "@/lib/domain/publication";
import type { Actor } from "@/lib/domain/roles";
import { idSchema, parseInput, requiredText } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb, type Tx } from "../../db";
import { loadCompactForActor } from "@/lib/server/load/compact";

const dateSchema = z
  .string()
  .trim()
  .min(1, { error: "errors.field.required" })
  .refine((value) => !Number.isNaN(Date.parse(value)), { error: "errors.field.date" })
  .transform((value) => new Date(value));

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

async function joinableCompact(tx: Tx, actor: Actor | null, compactId: string) {
  const { compact, target } = await loadCompactForActor(tx, actor, compactId);
  const approved = compact.decisions.some((d) => d.outcome === "approved");
  if (!isJoinable(compact.stage, approved)) throw new AppError("invalid", "public.errors.notAdopted");
  return { compact, target };
}

async function organisationOf(tx: Tx, municipalityId: string, organisationId: string) {
  const organisation = await tx.organisation.findUnique({ where: { id: organisationId } });
  if (!organisation || organisation.municipalityId !== municipalityId) throw new NotFoundError();
  return organisation;
}

function fileData(file: { name: string; bytes: Uint8Array } | null) {
  return file && file.bytes.length > 0 ? { evidenceFile: new Uint8Array(file.bytes), evidenceFileName: file.name.slice(0, 200) } : {};
}

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

export const confirmJoiningSchema = z.object({ joiningId: idSchema });

/** An official confirms a pending application. */
export async function confirmJoining(actor: Actor | null, input: unknown): Promise<{ id: string; compactId: string }> {
  const { joiningId } = parseInput(confirmJoiningSchema, input);
  return getDb().$transaction(async (tx) => {
    const joining = await tx.joining.findUnique({ where: { id: joiningId } });
    if (!joining) throw new NotFoundError();
    const { target } = await loadCompactForActor(tx, actor, joining.compactId);
    assertCan(actor, "joining.register", target);
    if (joining.status === "confirmed") throw new AppError("invalid", "public.errors.alreadyJoined");
    await tx.joining.update({ where: { id: joining.id }, data: { status: "confirmed", confirmedById: actor.userId, confirmedAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "joining.confirmed",
      entityType: "joining",
      entityId: joining.id,
      compactId: joining.compactId,
      municipalityId: joining.municipalityId,
      before: { status: joining.status },
      after: { status: "confirmed" },
    });
    return { id: joining.id, compactId: joining.compactId };
  });
}
