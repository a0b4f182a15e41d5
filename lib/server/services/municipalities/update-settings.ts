import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { municipalitySettingsSchema } from "@/lib/validation/municipality";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";

/** Updates the admin's municipality: name, logo text and default language. */
export async function updateMunicipalitySettings(actor: Actor | null, input: unknown): Promise<void> {
  assertCan(actor, "municipality.manage");
  const data = parseInput(municipalitySettingsSchema, input);
  const db = getDb();
  const before = await db.municipality.findUniqueOrThrow({ where: { id: actor.municipalityId } });
  await db.$transaction(async (tx) => {
    await tx.municipality.update({ where: { id: actor.municipalityId }, data });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "municipality.updated",
      entityType: "municipality",
      entityId: actor.municipalityId,
      municipalityId: actor.municipalityId,
      before: { name: before.name, logoText: before.logoText, defaultLocale: before.defaultLocale },
      after: data,
    });
  });
}
