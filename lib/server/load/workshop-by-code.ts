import { z } from "zod";
import { NotFoundError } from "@/lib/domain/errors";
import { JOIN_LOOKUP_LIMIT, WORKSHOP_STATUSES, type WorkshopStatus } from "@/lib/domain/workshop";
import { parseInput } from "@/lib/validation/common";
import { joinCodeSchema } from "@/lib/validation/workshop";
import { getDb } from "@/lib/server/db";
import { assertNotLimited, hitLimit } from "@/lib/server/rate-limit";

export type WorkshopByCode = { id: string; title: string; joinCode: string; status: WorkshopStatus };

/**
 * The workshop behind a join code, for people without an account. A code that is wrong (or belongs to
 * a workshop not started yet) counts against the address; an address that has used up its failures
 * is refused before the lookup, so guessing cannot go on even when a guess would be right.
 */
export async function findWorkshopByCode(rawCode: unknown, address: string, now = new Date()): Promise<WorkshopByCode> {
  const { code } = parseInput(z.object({ code: joinCodeSchema }), { code: rawCode });
  const key = `workshop-code:${address}`;
  await assertNotLimited(key, JOIN_LOOKUP_LIMIT, now);
  const workshop = await getDb().workshop.findUnique({ where: { joinCode: code }, select: { id: true, title: true, joinCode: true, status: true } });
  const status = WORKSHOP_STATUSES.find((candidate) => candidate === workshop?.status);
  if (!workshop || !status || status === "draft") {
    await hitLimit(key, JOIN_LOOKUP_LIMIT, now);
    throw new NotFoundError();
  }
  return { ...workshop, status };
}
