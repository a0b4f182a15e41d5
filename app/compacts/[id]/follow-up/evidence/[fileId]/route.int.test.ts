import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/domain/roles";
import { LOCALE_COOKIE } from "@/lib/i18n/core";
import { getDb } from "@/lib/server/db";
import { changeStage } from "@/lib/server/services/compacts/change-stage";
import { adoptCompact, demoActor, withDemoDatabase } from "@/lib/server/testing/integration";
import { createMunicipality } from "@/lib/server/write/create-municipality";
import { GET } from "./route";

// The signed-in actor of the request under test (null: an anonymous visitor).
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/server/auth", () => ({ getActor: async () => session.actor }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === LOCALE_COOKIE ? { value: "sv" } : undefined), set: () => {} }),
  headers: async () => new Headers(),
}));

withDemoDatabase();

/** An evidence file on a progress update of a compact being carried out (its follow-up is public, its files are not). */
async function evidenceFile(): Promise<{ compactId: string; fileId: string }> {
  const db = getDb();
  const official = await demoActor("tjansteperson");
  const compactId = await adoptCompact("Överenskommelse med underlag");
  const { revision } = await db.compact.findUniqueOrThrow({ where: { id: compactId } });
  await changeStage(official, { compactId, kind: "advance", expectedRevision: revision });
  expect((await db.compact.findUniqueOrThrow({ where: { id: compactId } })).stage).toBe("implementation");
  const commitment = await db.commitment.create({
    data: { compactId, versionNumber: 1, title: "Forum", party: "municipality", ownerOrganisationId: official.organisationId, contactRole: "Föreningskonsulent", followUpKind: "indicator", principles: [], createdById: official.userId },
  });
  const update = await db.progressUpdate.create({
    data: { commitmentId: commitment.id, status: "on_track", percent: 40, text: "Forum hållet.", date: new Date(), authorId: official.userId, organisationId: official.organisationId, sector: "public" },
  });
  const file = await db.progressEvidenceFile.create({ data: { updateId: update.id, fileName: "protokoll.pdf", mimeType: "application/pdf", size: 8, data: new TextEncoder().encode("%PDF-1.4") } });
  return { compactId, fileId: file.id };
}

async function fetchAs(actor: Actor | null, compactId: string, fileId: string): Promise<Response> {
  session.actor = actor;
  return GET(new Request(`http://localhost:3000/compacts/${compactId}/follow-up/evidence/${fileId}`), { params: Promise.resolve({ id: compactId, fileId }) });
}

describe("an evidence file by its id", () => {
  it("is for signed-in members of the compact's municipality only: 404 for anonymous visitors and other municipalities", async () => {
    const { compactId, fileId } = await evidenceFile();
    const member = await demoActor("forening");
    const other = await getDb().$transaction((tx) => createMunicipality(tx, { slug: "grannby", name: "Grannby", logoText: "kommun", defaultLocale: "sv" }));
    const official = await demoActor("tjansteperson");

    const anonymous = await fetchAs(null, compactId, fileId);
    expect(anonymous.status).toBe(404);
    expect(await anonymous.text()).not.toContain("%PDF");
    expect((await fetchAs({ ...official, municipalityId: other.id }, compactId, fileId)).status).toBe(404);

    const allowed = await fetchAs(member, compactId, fileId);
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("Content-Disposition")).toContain("attachment");
    expect(await allowed.text()).toBe("%PDF-1.4");
  });
});
