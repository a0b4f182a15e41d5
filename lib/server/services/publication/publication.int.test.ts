import { describe, expect, it } from "vitest";
import { AppError, ForbiddenError } from "@/lib/domain/errors";
import { loadActor } from "../../actor";
import { getDb } from "../../db";
import { listPublishedCompacts, getPublicCompact, publicJoinings } from "../../queries/public";
import { demoActor, organisationId, withDemoDatabase } from "../../testing/integration";
import { addToDraftingGroup } from "@/lib/server/services/compacts/add-to-drafting-group";
import { changeStage } from "../compacts/change-stage";
import { createCompact } from "../compacts/create-compact";
import { markReady } from "../compacts/mark-ready";
import { recordDecision } from "../compacts/record-decision";
import { saveAgenda } from "../compacts/save-agenda";
import { saveText } from "../compacts/save-text";
import { getDecisionRule } from "@/lib/server/load/decision-rule";
import { updateDecisionRule } from "@/lib/server/services/publication/update-decision-rule";
import { applyToJoin } from "@/lib/server/services/publication/apply-to-join";
import { confirmJoining } from "@/lib/server/services/publication/confirm-joining";
import { registerJoining } from "@/lib/server/services/publication/register-joining";
import { publishForConsultation } from "@/lib/server/services/publication/publish-for-consultation";

withDemoDatabase();

async function revision(compactId: string) {
  return (await getDb().compact.findUniqueOrThrow({ where: { id: compactId } })).revision;
}

/** A compact walked through the services to the decision stage. */
async function compactAtDecision(title: string) {
  const official = await demoActor("tjansteperson");
  const { id } = await createCompact(official, { title });
  await addToDraftingGroup(official, { compactId: id, organisationId: official.organisationId });
  await addToDraftingGroup(official, { compactId: id, organisationId: await organisationId("Föreningen Grannstöd") });
  await saveAgenda(official, { compactId: id, why: "Samverkan behöver spelregler.", issues: "Lokaler", invited: "Alla föreningar" });
  await saveText(official, { compactId: id, text: `# Syfte\n${title}: vi samverkar.\nÖverenskommelsen ses över vart tredje år.` });
  await changeStage(official, { compactId: id, kind: "advance", expectedRevision: await revision(id) });
  await markReady(official, { compactId: id });
  await markReady(await demoActor("forening"), { compactId: id });
  await changeStage(official, { compactId: id, kind: "advance", expectedRevision: await revision(id) });
  return id;
}

/** Another politician of the demo municipality, in the same organisation as politiker@. */
async function extraPolitician(n: number) {
  const db = getDb();
  const membership = await db.membership.findFirstOrThrow({ where: { user: { email: { startsWith: "politiker@" } } } });
  const user = await db.user.create({
    data: { email: `politiker${n}-${Date.now()}@example.se`, name: `Politiker ${n}`, memberships: { create: { organisationId: membership.organisationId, role: "politician" } } },
  });
  return (await loadActor(user.id))!;
}

const decision = (compactId: string, expectedRevision: number, outcome: "approved" | "rejected" = "approved", motivation = "Ett bra underlag.") => ({
  compactId,
  expectedRevision,
  outcome,
  motivation,
  body: "Kommunfullmäktige",
  caseNumber: "KS 2027/14",
  meetingDate: "2027-03-15",
});

describe("the decision rule of a municipality", () => {
  it("defaults to a single decision and is set by the admin only", async () => {
    const admin = await demoActor("admin");
    expect(await getDecisionRule(getDb(), admin.municipalityId)).toEqual({ mode: "single", approvalsRequired: 3 });
    await expect(updateDecisionRule(await demoActor("tjansteperson"), { mode: "approvals", approvalsRequired: "3" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateDecisionRule(admin, { mode: "approvals", approvalsRequired: "0" })).rejects.toMatchObject({ code: "invalid" });
  });
});

describe("a single decision", () => {
  it("approves, publishes the decided version at the compact's address, and refuses a second decision", async () => {
    const id = await compactAtDecision("Överenskommelse om kultur");
    const politician = await demoActor("politiker");
    const result = await recordDecision(politician, decision(id, await revision(id)));
    expect(result.outcome).toBe("approved");
    const publications = await getDb().publication.findMany({ where: { compactId: id } });
    expect(publications).toHaveLength(1);
    expect(publications[0]).toMatchObject({ kind: "decided", versionNumber: 1 });
    const compact = await getDb().compact.findUniqueOrThrow({ where: { id } });
    const page = await getPublicCompact("sjoberga", compact.slug);
    expect(page?.decisions[0]).toMatchObject({ body: "Kommunfullmäktige", caseNumber: "KS 2027/14" });
    expect(page?.shown.fingerprint).toBe(publications[0]!.fingerprint);
    await expect(recordDecision(politician, decision(id, await revision(id)))).rejects.toMatchObject({ messageKey: "errors.lifecycle.alreadyDecided" });
  });
});

describe("N individual approvals", () => {
  it("counts distinct politicians' approvals and decides when the N-th arrives; a rejection sends it back", async () => {
    const admin = await demoActor("admin");
    await updateDecisionRule(admin, { mode: "approvals", approvalsRequired: "3" });
    try {
      const id = await compactAtDecision("Överenskommelse om fritid för alla");
      const [p1, p2, p3] = [await demoActor("politiker"), await extraPolitician(2), await extraPolitician(3)];
      const rev = await revision(id);
      expect(await recordDecision(p1, decision(id, rev))).toMatchObject({ outcome: "counted", approvals: 1, required: 3 });
      // Each approval moves the revision on: a page loaded before it is stale.
      await expect(recordDecision(p2, decision(id, rev))).rejects.toMatchObject({ code: "conflict" });
      await expect(recordDecision(p1, decision(id, await revision(id)))).rejects.toMatchObject({ messageKey: "public.errors.alreadyApproved" });
      expect(await recordDecision(p2, decision(id, await revision(id)))).toMatchObject({ outcome: "counted", approvals: 2 });
      expect(await getDb().decision.count({ where: { compactId: id } })).toBe(0);
      expect(await getDb().publication.count({ where: { compactId: id } })).toBe(0);
      expect(await recordDecision(p3, decision(id, await revision(id)))).toMatchObject({ outcome: "approved", approvals: 3 });
      expect(await getDb().decision.count({ where: { compactId: id, outcome: "approved" } })).toBe(1);
      expect(await getDb().publication.count({ where: { compactId: id, kind: "decided" } })).toBe(1);

      const other = await compactAtDecision("Överenskommelse om lokaler");
      await recordDecision(p1, decision(other, await revision(other)));
      expect(await recordDecision(p2, decision(other, await revision(other), "rejected", "Lokalfrågan är oklar."))).toMatchObject({ outcome: "rejected" });
      const compact = await getDb().compact.findUniqueOrThrow({ where: { id: other } });
      expect(compact.stage).toBe("formulation");
      const back = await getDb().stageChange.findFirstOrThrow({ where: { compactId: other, kind: "rejected" } });
      expect(back.reason).toBe("Lokalfrågan är oklar.");
      expect(await getDb().publication.count({ where: { compactId: other } })).toBe(0);
    } finally {
      await updateDecisionRule(admin, { mode: "single", approvalsRequired: "3" });
    }
  });

  it("never misses the N-th approval when two politicians approve at the same moment", async () => {
    const admin = await demoActor("admin");
    await updateDecisionRule(admin, { mode: "approvals", approvalsRequired: "2" });
    try {
      const id = await compactAtDecision("Överenskommelse om samtidighet");
      const [p1, p2] = [await extraPolitician(4), await extraPolitician(5)];
      const rev = await revision(id);
      const results = await Promise.allSettled([recordDecision(p1, decision(id, rev)), recordDecision(p2, decision(id, rev))]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
      const late = results[0]!.status === "rejected" ? p1 : p2;
      expect(await recordDecision(late, decision(id, await revision(id)))).toMatchObject({ outcome: "approved", approvals: 2 });
    } finally {
      await updateDecisionRule(admin, { mode: "single", approvalsRequired: "3" });
    }
  });

  it("keeps approvals and publications immutable, through Prisma and through raw SQL", async () => {
    const db = getDb();
    const approval = await db.decisionApproval.findFirstOrThrow();
    await expect(db.decisionApproval.update({ where: { id: approval.id }, data: { outcome: "rejected" } })).rejects.toThrow(/immutable/);
    await expect(db.decisionApproval.delete({ where: { id: approval.id } })).rejects.toThrow(/immutable/);
    await expect(db.$executeRawUnsafe(`UPDATE "DecisionApproval" SET "outcome" = 'rejected' WHERE "id" = '${approval.id}'`)).rejects.toThrow(/immutable/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "DecisionApproval" WHERE "id" = '${approval.id}'`)).rejects.toThrow(/immutable/);
    expect((await db.decisionApproval.findUniqueOrThrow({ where: { id: approval.id } })).outcome).toBe("approved");

    const publication = await db.publication.findFirstOrThrow();
    // (Prisma words the SQLite trigger's abort on this table differently; the row is what matters.)
    await expect(db.publication.update({ where: { id: publication.id }, data: { title: "forged" } })).rejects.toThrow();
    await expect(db.$executeRawUnsafe(`UPDATE "Publication" SET "title" = 'forged' WHERE "id" = '${publication.id}'`)).rejects.toThrow(/immutable/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "Publication" WHERE "id" = '${publication.id}'`)).rejects.toThrow(/immutable/);
    expect((await db.publication.findUniqueOrThrow({ where: { id: publication.id } })).title).toBe(publication.title);
    const decisionRow = await db.decision.findFirstOrThrow();
    await expect(db.$executeRawUnsafe(`UPDATE "Decision" SET "motivation" = 'x' WHERE "id" = '${decisionRow.id}'`)).rejects.toThrow(/immutable/);
  });
});

describe("publication for consultation", () => {
  it("lets an official publish a draft, read-only, and lists it on the portal", async () => {
    const official = await demoActor("tjansteperson");
    const { id } = await createCompact(official, { title: "Överenskommelse om samråd" });
    await addToDraftingGroup(official, { compactId: id, organisationId: official.organisationId });
    await saveText(official, { compactId: id, text: "# Utkast\nText på remiss." });
    await expect(publishForConsultation(await demoActor("forening"), { compactId: id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(publishForConsultation(official, { compactId: id, startsAt: "2027-04-01", endsAt: "2027-03-01" })).rejects.toMatchObject({ code: "invalid" });
    const { path } = await publishForConsultation(official, { compactId: id, startsAt: "2027-03-01", endsAt: "2027-04-01" });
    const page = await getPublicCompact(path.municipalitySlug, path.compactSlug);
    expect(page?.shown.kind).toBe("consultation");
    expect(page?.shown.consultationEndsAt?.toISOString().slice(0, 10)).toBe("2027-04-01");
    // Editing the draft afterwards changes nothing that is public until it is published again.
    await saveText(official, { compactId: id, text: "# Utkast\nHemlig ändring." });
    expect(JSON.stringify((await getPublicCompact(path.municipalitySlug, path.compactSlug))?.shown.content)).not.toContain("Hemlig");
    const list = await listPublishedCompacts({ municipality: "sjoberga", q: "samråd" });
    expect(list.items.map((i) => i.title)).toContain("Överenskommelse om samråd");
    expect((await listPublishedCompacts({ stage: "review" })).items).toHaveLength(0);
  });
});

describe("joining an adopted compact", () => {
  it("is registered by an official or applied for by a representative and confirmed, with a checked PDF", async () => {
    const id = await compactAtDecision("Överenskommelse om anslutning");
    const official = await demoActor("tjansteperson");
    const rep = await demoActor("forening");
    const grannstod = rep.organisationId;
    const idrott = await organisationId("Sjöberga Idrottsallians");
    const join = { compactId: id, joinedOn: "2027-04-02", evidence: "Styrelseprotokoll 2027-03-12" };
    await expect(registerJoining(official, { ...join, organisationId: idrott })).rejects.toMatchObject({ messageKey: "public.errors.notAdopted" });
    await recordDecision(await demoActor("politiker"), decision(id, await revision(id)));

    const pdf = { name: "protokoll.pdf", bytes: new TextEncoder().encode("%PDF-1.4\n%%EOF") };
    await expect(registerJoining(official, { ...join, organisationId: idrott, file: { name: "x.pdf", bytes: new TextEncoder().encode("<html>") } })).rejects.toMatchObject({ code: "invalid" });
    await expect(registerJoining(official, { ...join, organisationId: idrott, file: { name: "big.pdf", bytes: new Uint8Array(5 * 1024 * 1024 + 1) } })).rejects.toMatchObject({ code: "invalid" });
    await registerJoining(official, { ...join, organisationId: idrott, file: pdf });

    await expect(applyToJoin(rep, { ...join, organisationId: idrott })).rejects.toBeInstanceOf(ForbiddenError);
    const applied = await applyToJoin(rep, { ...join, organisationId: grannstod });
    expect((await publicJoinings(id)).map((j) => j.organisation)).toEqual(["Sjöberga Idrottsallians"]);
    await expect(confirmJoining(rep, { joiningId: applied.id })).rejects.toBeInstanceOf(ForbiddenError);
    await confirmJoining(official, { joiningId: applied.id });
    const joined = await publicJoinings(id);
    expect(joined.map((j) => j.organisation).sort()).toEqual(["Föreningen Grannstöd", "Sjöberga Idrottsallians"]);
    expect(joined.find((j) => j.organisation === "Sjöberga Idrottsallians")?.hasFile).toBe(true);
    const stored = await getDb().joining.findFirstOrThrow({ where: { compactId: id, organisationId: idrott } });
    expect(Buffer.from(stored.evidenceFile!).subarray(0, 5).toString()).toBe("%PDF-");
    await expect(confirmJoining(official, { joiningId: applied.id })).rejects.toBeInstanceOf(AppError);
  });
});
