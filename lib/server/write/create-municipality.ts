import { InvalidInputError } from "@/lib/domain/errors";
import { createMunicipalitySchema } from "@/lib/validation/municipality";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "@/lib/server/audit";
import type { Tx } from "@/lib/server/db";

/**
 * Adds a municipality to the installation. Its slug becomes its public address, so a slug that one of
 * the app's own routes uses (`/portal`, `/admin`, ...) or another municipality has is refused with a
 * translated field error. An installation-level step (seed, set-up scripts): there is no actor above
 * a municipality's admin, so it takes the transaction of the caller that creates the rest.
 */
export async function createMunicipality(tx: Tx, input: unknown): Promise<{ id: string; slug: string }> {
  const data = parseInput(createMunicipalitySchema, input);
  if (await tx.municipality.findUnique({ where: { slug: data.slug }, select: { id: true } })) {
    throw new InvalidInputError("errors.invalid", { slug: ["errors.municipality.slugTaken"] });
  }
  const created = await tx.municipality.create({ data, select: { id: true, slug: true } });
  await recordAudit(tx, { actorId: null, action: "municipality.created", entityType: "municipality", entityId: created.id, municipalityId: created.id, after: data });
  return created;
}
