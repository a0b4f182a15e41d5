import { describe, expect, it } from "vitest";
import { getDb } from "../../db";
import { demoActor, withDemoDatabase } from "../../testing/integration";
import { createCompact } from "./create-compact";

withDemoDatabase();

/** A compact with a decision row and a frozen version, written straight to the database. */
async function recordsToProtect() {
  const db = getDb();
  const { id } = await createCompact(await demoActor("tjansteperson"), { title: `Skyddade rader ${Date.now()}` });
  const version = await db.compactVersion.update({
    where: { compactId_number: { compactId: id, number: 1 } },
    data: { frozenAt: new Date(), fingerprint: "f".repeat(64) },
  });
  const decision = await db.decision.create({
    data: {
      compactId: id,
      versionNumber: 1,
      fingerprint: "f".repeat(64),
      outcome: "approved",
      motivation: "Antagen.",
      body: "Kommunfullmäktige",
      caseNumber: "KS 2027/1",
      meetingDate: new Date("2027-03-15"),
      decidedById: "someone",
    },
  });
  const audit = await db.auditEvent.findFirstOrThrow({ where: { compactId: id } });
  return { version, decision, audit };
}

describe("records that are never changed in place (enforced by the database)", () => {
  it("refuses updates and deletes of decisions, through Prisma and through raw SQL", async () => {
    const db = getDb();
    const { decision } = await recordsToProtect();
    await expect(db.decision.update({ where: { id: decision.id }, data: { outcome: "rejected" } })).rejects.toThrow(/immutable/);
    await expect(db.decision.delete({ where: { id: decision.id } })).rejects.toThrow(/immutable/);
    await expect(db.$executeRawUnsafe(`UPDATE "Decision" SET "outcome" = 'rejected' WHERE "id" = '${decision.id}'`)).rejects.toThrow(/immutable/);
    expect((await db.decision.findUniqueOrThrow({ where: { id: decision.id } })).outcome).toBe("approved");
  });

  it("refuses updates and deletes of audit events", async () => {
    const db = getDb();
    const { audit } = await recordsToProtect();
    await expect(db.auditEvent.update({ where: { id: audit.id }, data: { action: "forged" } })).rejects.toThrow(/immutable/);
    await expect(db.auditEvent.deleteMany({ where: { id: audit.id } })).rejects.toThrow(/immutable/);
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: audit.id } })).action).toBe(audit.action);
  });

  it("refuses changes to a frozen version but not to the draft being written", async () => {
    const db = getDb();
    const { version } = await recordsToProtect();
    await expect(db.compactVersion.update({ where: { id: version.id }, data: { content: { type: "doc", content: [] } } })).rejects.toThrow(/immutable/);
    const draft = await db.compactVersion.create({ data: { compactId: version.compactId, number: 2, content: { type: "doc", content: [] } } });
    await expect(db.compactVersion.update({ where: { id: draft.id }, data: { content: { type: "doc", content: [{ type: "paragraph" }] } } })).resolves.toBeDefined();
  });
});
