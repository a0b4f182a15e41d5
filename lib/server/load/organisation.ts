import { InvalidInputError, NotFoundError, UnauthenticatedError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";
import type { Db, Tx } from "../db";

/** An organisation of the actor's municipality; another municipality's is "not found", so nothing leaks. */
export async function loadOrganisation(db: Db | Tx, actor: Actor | null, organisationId: string) {
  if (!actor) throw new UnauthenticatedError();
  const organisation = await db.organisation.findFirst({ where: { id: organisationId, municipalityId: actor.municipalityId } });
  if (!organisation) throw new NotFoundError();
  return organisation;
}

/** Relations are recorded for civil-society organisations; a committee is the other end of one. */
export function assertCivil(organisation: { sector: string }): void {
  if (organisation.sector !== "civil") throw new InvalidInputError("relations.errors.notCivil");
}
