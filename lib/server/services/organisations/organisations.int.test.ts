import { describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { getDb } from "../../db";
import { demoActor, organisationId, withDemoDatabase } from "../../testing/integration";
import { createOrganisation } from "@/lib/server/services/organisations/create-organisation";
import { updateOrganisation } from "@/lib/server/services/organisations/update-organisation";
import { updateMunicipalitySettings } from "../municipalities/update-settings";
import { createCompact } from "../compacts/create-compact";
import { getCompact, listCompacts } from "../../queries/compacts";
import { listOrganisations } from "../../queries/admin";

withDemoDatabase();

describe("organisations", () => {
  it("an admin creates and edits an organisation; both are audited", async () => {
    const admin = await demoActor("admin");
    const { id } = await createOrganisation(admin, { name: "Scoutkåren Älvsbyn", sector: "civil", kind: "association", description: "" });
    await updateOrganisation(admin, { id, name: "Scoutkåren Älvsbyn", sector: "civil", kind: "umbrella", description: "Tre kårer" });
    const saved = await getDb().organisation.findUniqueOrThrow({ where: { id } });
    expect(saved).toMatchObject({ kind: "umbrella", description: "Tre kårer", municipalityId: admin.municipalityId });
    expect(await getDb().auditEvent.count({ where: { entityId: id } })).toBe(2);
  });

  it("refuses a duplicate name, a sector change with members, and non-admins", async () => {
    const admin = await demoActor("admin");
    await expect(createOrganisation(admin, { name: "Föreningen Grannstöd", sector: "civil", kind: "association" })).rejects.toMatchObject({
      fieldErrors: { name: ["errors.organisation.nameTaken"] },
    });
    const grannstod = await organisationId("Föreningen Grannstöd");
    await expect(updateOrganisation(admin, { id: grannstod, name: "Föreningen Grannstöd", sector: "public", kind: "association" })).rejects.toMatchObject({
      fieldErrors: { sector: ["errors.organisation.sectorHasMembers"] },
    });
    await expect(createOrganisation(await demoActor("tjansteperson"), { name: "Ny", sector: "civil", kind: "other" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateOrganisation(admin, { id: "missing", name: "X", sector: "civil", kind: "other" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists the organisations of the actor's municipality only, and nothing for the public", async () => {
    const rows = await listOrganisations(await demoActor("forening"));
    expect(rows.length).toBeGreaterThanOrEqual(8);
    expect(await listOrganisations(null)).toEqual([]);
  });
});

describe("municipality settings", () => {
  it("an admin renames the municipality and sets the default language", async () => {
    const admin = await demoActor("admin");
    await updateMunicipalitySettings(admin, { name: "Nya Sjöberga", logoText: "kommun", defaultLocale: "en" });
    expect(await getDb().municipality.findUniqueOrThrow({ where: { id: admin.municipalityId } })).toMatchObject({ name: "Nya Sjöberga", defaultLocale: "en" });
    await expect(updateMunicipalitySettings(admin, { name: "", defaultLocale: "fi" })).rejects.toMatchObject({
      fieldErrors: { name: ["errors.field.required"], defaultLocale: ["errors.field.locale"] },
    });
    await expect(updateMunicipalitySettings(await demoActor("politiker"), { name: "X", defaultLocale: "sv" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("compacts", () => {
  it("an official creates a compact in the agenda stage, with version 1 and a stage entry", async () => {
    const official = await demoActor("tjansteperson");
    const { id } = await createCompact(official, { title: "Överenskommelse om fritid för unga", summary: "" });
    const compact = await getDb().compact.findUniqueOrThrow({ where: { id }, include: { versions: true, stageChanges: true } });
    expect(compact).toMatchObject({ stage: "agenda", currentVersion: 1, slug: "overenskommelse-om-fritid-for-unga" });
    expect(compact.versions).toHaveLength(1);
    expect(compact.stageChanges.map((s) => s.toStage)).toEqual(["agenda"]);
    const again = await createCompact(official, { title: "Överenskommelse om fritid för unga" });
    expect((await getDb().compact.findUniqueOrThrow({ where: { id: again.id } })).slug).toBe("overenskommelse-om-fritid-for-unga-2");
  });

  it("only officials create; every member role may read drafts; the public may not", async () => {
    for (const role of ["admin", "forening", "politiker"] as const) {
      await expect(createCompact(await demoActor(role), { title: "X" })).rejects.toBeInstanceOf(ForbiddenError);
    }
    const rep = await demoActor("forening");
    const [first] = await listCompacts(rep);
    expect(first).toBeDefined();
    expect((await getCompact(rep, first!.id)).title).toBe(first!.title);
    await expect(getCompact(null, first!.id)).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(listCompacts(null)).rejects.toMatchObject({ code: "unauthenticated" });
  });

  it("hides another municipality's drafts as not found", async () => {
    const db = getDb();
    const other = await db.municipality.create({ data: { slug: "grannby", name: "Grannby" } });
    const compact = await db.compact.create({
      data: { municipalityId: other.id, slug: "hemlig", title: "Hemligt utkast", versions: { create: { number: 1, content: { type: "doc", content: [] } } } },
    });
    await expect(getCompact(await demoActor("tjansteperson"), compact.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listCompacts(await demoActor("tjansteperson"))).map((c) => c.id)).not.toContain(compact.id);
  });
});
