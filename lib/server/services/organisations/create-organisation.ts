import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { createOrganisationSchema, organisationNameTaken } from "@/lib/validation/organisation";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";

/** Creates an organisation in the admin's municipality. */
export async function createOrganisation(actor: Actor | null, input: unknown): Promise<{ id: string }> {
  assertCan(actor, "organisation.manage");
  const data = parseInput(createOrganisationSchema, input);
  const db = getDb();
  if (await db.organisation.findFirst({ where: { municipalityId: actor.municipalityId, name: data.name } })) throw organisationNameTaken();
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
