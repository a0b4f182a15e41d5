import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { saveRelationsSchema } from "@/lib/validation/relations";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { assertCivil, loadOrganisation } from "../../load/organisation";
import { replaceRelations } from "../../write/relations";

/**
 * An official records the relations of one civil-society organisation directly (from a phone call,
 * a grant register, a meeting), without waiting for the survey.
 */
export async function saveOrganisationRelations(actor: Actor | null, input: unknown): Promise<{ ids: string[] }> {
  const { organisationId, rows } = parseInput(saveRelationsSchema, input);
  return getDb().$transaction(async (tx) => {
    const organisation = await loadOrganisation(tx, actor, organisationId);
    assertCan(actor, "relations.manage", { municipalityId: organisation.municipalityId });
    assertCivil(organisation);
    const { before, after, ids } = await replaceRelations(tx, {
      organisationId,
      municipalityId: organisation.municipalityId,
      rows,
      source: "official",
      actorId: actor.userId,
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "relations.saved",
      entityType: "organisation",
      entityId: organisationId,
      municipalityId: organisation.municipalityId,
      before,
      after,
    });
    return { ids };
  });
}
