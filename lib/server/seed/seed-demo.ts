import type { Db } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/password";
import { createMunicipality } from "@/lib/server/write/create-municipality";
import { DEMO_COMPACT, DEMO_MUNICIPALITY, DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS } from "@/lib/server/seed/demo-data";

/** True when the database already has data: the demo is only ever seeded into an empty installation. */
export async function hasAnyMunicipality(db: Db): Promise<boolean> {
  return (await db.municipality.count()) > 0;
}

/**
 * Seeds the demo installation: a fictional municipality, its committees and associations, one user
 * per role and one compact in the agenda stage. Marks the demo as active so the sign-in page lists
 * the demo accounts. Refuses to run on a database that already has a municipality.
 */
export async function seedDemo(db: Db): Promise<{ seeded: boolean }> {
  if (await hasAnyMunicipality(db)) return { seeded: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(async (tx) => {
    const municipality = await createMunicipality(tx, DEMO_MUNICIPALITY);
    const organisationIds = new Map<string, string>();
    for (const { key, ...organisation } of DEMO_ORGANISATIONS) {
      const created = await tx.organisation.create({ data: { ...organisation, municipalityId: municipality.id } });
      organisationIds.set(key, created.id);
    }
    const userIds = new Map<string, string>();
    for (const user of DEMO_USERS) {
      const created = await tx.user.create({
        data: {
          email: user.email,
          name: user.name,
          passwordHash,
          memberships: { create: { organisationId: organisationIds.get(user.organisation)!, role: user.role } },
        },
      });
      userIds.set(user.role, created.id);
    }
    const officialId = userIds.get("official") ?? null;
    await tx.compact.create({
      data: {
        municipalityId: municipality.id,
        slug: DEMO_COMPACT.slug,
        title: DEMO_COMPACT.title,
        summary: DEMO_COMPACT.summary,
        agenda: DEMO_COMPACT.agenda,
        createdById: officialId,
        versions: { create: { number: 1, content: DEMO_COMPACT.content } },
        stageChanges: { create: { versionNumber: 1, toStage: "agenda", kind: "created", actorId: officialId } },
        draftingGroup: {
          create: ["kff", "grannstod", "idrott"].map((key) => ({ organisationId: organisationIds.get(key)! })),
        },
      },
    });
    await tx.setting.create({ data: { key: "demo.active", value: "true" } });
  });
  return { seeded: true };
}
