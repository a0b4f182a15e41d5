import { describe, expect, it } from "vitest";
import { InvalidInputError } from "@/lib/domain/errors";
import { getDb } from "@/lib/server/db";
import { withDemoDatabase } from "@/lib/server/testing/integration";
import { createMunicipality } from "@/lib/server/write/create-municipality";

withDemoDatabase();

const create = (input: unknown) => getDb().$transaction((tx) => createMunicipality(tx, input));

describe("creating a municipality", () => {
  it("creates one with a free slug, audited", async () => {
    const { id, slug } = await create({ slug: "grannby", name: "Grannby", logoText: "kommun", defaultLocale: "sv" });
    expect(slug).toBe("grannby");
    expect(await getDb().municipality.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Grannby", defaultLocale: "sv" });
    expect(await getDb().auditEvent.count({ where: { entityId: id, action: "municipality.created" } })).toBe(1);
  });

  it("refuses a slug that a top-level route uses, in any case, and nothing is saved", async () => {
    const before = await getDb().municipality.count();
    for (const slug of ["portal", "admin", "api", "Compacts", "sign-in"]) {
      const error = await create({ slug, name: "Skuggby", defaultLocale: "sv" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error).toMatchObject({ fieldErrors: { slug: ["errors.municipality.slugReserved"] } });
    }
    expect(await getDb().municipality.count()).toBe(before);
  });

  it("refuses a malformed slug and one another municipality has", async () => {
    await expect(create({ slug: "Sjö berga", name: "X", defaultLocale: "sv" })).rejects.toMatchObject({ fieldErrors: { slug: ["errors.municipality.slugFormat"] } });
    await expect(create({ slug: "sjoberga", name: "Sjöberga 2", defaultLocale: "sv" })).rejects.toMatchObject({ fieldErrors: { slug: ["errors.municipality.slugTaken"] } });
  });
});
