import { assertCan } from "@/lib/domain/permissions";
import { InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";
import { createOrganisationSchema, updateOrganisationSchema } from "@/lib/validation/organisation";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";

const NAME_TAKEN = new InvalidInputError("errors.invalid", { name: ["errors.organisation.nameTaken"] });

/** Creates an organisation in the admin's municipality. */
export async function createOrganisation(actor: Actor | null, input: unknown): Promise<{ id: string }> {
  assertCan(actor, "organisation.manage");
  const data = parseInput(createOrganisationSchema, input);
  const db = getDb();
  if (await db.organisation.findFirst({ where: { municipalityId: actor.municipalityId, name: data.name } })) throw NAME_TAKEN;
  return db.$transaction(async (tx) => {
    const created = await tx.organisation.create({ data: { ...data, municipalityId: actor.municipalityId } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "organisation.created",
      entityType: "organisation",
      entityId: created.id,
      municipalityId: actor.municipalityId,
      after: data,
    });
    return { id: created.id };
  });
}

/**
 * Edits an organisation. Its sector may change only while no member holds a role of the other sector,
 * so a user's sector and role never disagree.
 */
export async function updateOrganisation(actor: Actor | null, input: unknown): Promise<void> {
  assertCan(actor, "organisation.manage");
  const { id, ...data } = parseInput(updateOrganisationSchema, input);
  const db = getDb();
  const existing = await db.organisation.findFirst({
    where: { id, municipalityId: actor.municipalityId },
    include: { memberships: true },
  });
  if (!existing) throw new NotFoundError();
  const clash = await db.organisation.findFirst({
    where: { municipalityId: actor.municipalityId, name: data.name, id: { not: id } },
  });
  if (clash) throw NAME_TAKEN;
  if (data.sector !== existing.sector && existing.memberships.some((m) => m.role !== "admin")) {
    throw new InvalidInputError("errors.invalid", { sector: ["errors.organisation.sectorHasMembers"] });
  }
  await db.$transaction(async (tx) => {
    await tx.organisation.update({ where: { id }, data });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "organisation.updated",
      entityType: "organisation",
      entityId: id,
      municipalityId: actor.municipalityId,
      before: { name: existing.name, sector: existing.sector, kind: existing.kind, description: existing.description },
      after: data,
    });
  });
}
