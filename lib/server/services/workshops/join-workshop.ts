import { ConflictError, InvalidInputError } from "@/lib/domain/errors";
import type { Actor, Sector } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { joinWorkshopSchema } from "@/lib/validation/workshop";
import { getDb } from "../../db";
import { createOneTimeToken } from "../../one-time-token";
import { findWorkshopByCode } from "@/lib/server/load/workshop-by-code";
import { publishWorkshopChange } from "@/lib/server/live/workshops";

export type JoinResult = { workshopId: string; joinCode: string; token: string; sector: Sector; organisationName: string };

/**
 * Joins a live workshop by its code, without an account: the person says which sector they come from
 * (and, if they like, their organisation) and gets a random participant token, of which only the
 * SHA-256 is stored. A signed-in user counts with their own account's sector, once: joining again
 * (another phone) moves their participation to the new token instead of adding a second voter.
 */
export async function joinWorkshop(actor: Actor | null, input: unknown, address: string): Promise<JoinResult> {
  const { code, sector: chosen, organisationName: typed } = parseInput(joinWorkshopSchema, input);
  const workshop = await findWorkshopByCode(code, address);
  if (workshop.status !== "live") throw new ConflictError("workshop.errors.ended");
  const db = getDb();
  const sector = actor?.sector ?? chosen;
  if (!sector) throw new InvalidInputError("errors.invalid", { sector: ["workshop.errors.sectorRequired"] });
  const organisationName =
    typed || (actor ? ((await db.organisation.findUnique({ where: { id: actor.organisationId }, select: { name: true } }))?.name ?? "") : "");
  const { token, tokenHash } = createOneTimeToken();
  const existing = actor ? await db.workshopParticipant.findFirst({ where: { workshopId: workshop.id, userId: actor.userId } }) : null;
  if (existing) {
    await db.workshopParticipant.update({ where: { id: existing.id }, data: { tokenHash, sector, organisationName } });
  } else {
    await db.workshopParticipant.create({
      data: { workshopId: workshop.id, tokenHash, sector, organisationName, userId: actor?.userId ?? null },
    });
  }
  await publishWorkshopChange(workshop.id, "tally");
  return { workshopId: workshop.id, joinCode: workshop.joinCode, token, sector, organisationName };
}
