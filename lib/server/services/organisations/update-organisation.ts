import { assertCan } from "@/lib/domain/permissions";
import { InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";
import { updateOrganisationSchema, organisationNameTaken } from "@/lib/validation/organisation";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";

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
  if (clash) throw organisationNameTaken();
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
