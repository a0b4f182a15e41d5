import { ConflictError, InvalidInputError } from "@/lib/domain/errors";
import type { Actor, Sector } from "@/lib/domain/roles";
import { JOIN_ADDRESS_LIMIT, JOIN_LIMIT_PREFIX } from "@/lib/domain/workshop";
import { parseInput } from "@/lib/validation/common";
import { joinWorkshopSchema } from "@/lib/validation/workshop";
import { getDb } from "../../db";
import { createOneTimeToken } from "../../one-time-token";
import { findWorkshopByCode } from "@/lib/server/load/workshop-by-code";
import { findParticipant } from "@/lib/server/load/workshop-participant";
import { publishWorkshopChange } from "@/lib/server/live/workshops";
import { hitLimit } from "@/lib/server/rate-limit";

export type JoinResult = { workshopId: string; joinCode: string; token: string; sector: Sector; organisationName: string };

/**
 * Joins a live workshop by its code, without an account: the person says which sector they come from
 * (and, if they like, their organisation) and gets a random participant token, of which only the
 * SHA-256 is stored. A device that has joined already (its participant cookie, `token`, is valid for
 * this workshop) gets the same participant back: joining again makes no second voter. New joins are
 * limited per address (JOIN_ADDRESS_LIMIT, 429 beyond). A signed-in user counts with their own
 * account's sector, once: joining again (another phone) moves their participation to the new token.
 */
export async function joinWorkshop(actor: Actor | null, input: unknown, address: string, token?: string): Promise<JoinResult> {
  const { code, sector: chosen, organisationName: typed } = parseInput(joinWorkshopSchema, input);
  const workshop = await findWorkshopByCode(code, address);
  if (workshop.status !== "live") throw new ConflictError("workshop.errors.ended");
  const known = await findParticipant(workshop.joinCode, token);
  if (known && token) {
    return { workshopId: workshop.id, joinCode: workshop.joinCode, token, sector: known.sector as Sector, organisationName: known.organisationName };
  }
  const db = getDb();
  const sector = actor?.sector ?? chosen;
  if (!sector) throw new InvalidInputError("errors.invalid", { sector: ["workshop.errors.sectorRequired"] });
  const existing = actor ? await db.workshopParticipant.findFirst({ where: { workshopId: workshop.id, userId: actor.userId } }) : null;
  if (!existing) await hitLimit(`${JOIN_LIMIT_PREFIX}${workshop.id}:${address}`, JOIN_ADDRESS_LIMIT);
  const organisationName =
    typed || (actor ? ((await db.organisation.findUnique({ where: { id: actor.organisationId }, select: { name: true } }))?.name ?? "") : "");
  const fresh = createOneTimeToken();
  if (existing) {
    await db.workshopParticipant.update({ where: { id: existing.id }, data: { tokenHash: fresh.tokenHash, sector, organisationName } });
  } else {
    await db.workshopParticipant.create({
      data: { workshopId: workshop.id, tokenHash: fresh.tokenHash, sector, organisationName, userId: actor?.userId ?? null },
    });
  }
  await publishWorkshopChange(workshop.id, "tally");
  return { workshopId: workshop.id, joinCode: workshop.joinCode, token: fresh.token, sector, organisationName };
}
