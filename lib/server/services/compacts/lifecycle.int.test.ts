import { describe, expect, it } from "vitest";
import { AppError, ConflictError, ForbiddenError } from "@/lib/domain/errors";
import { evaluateTransition } from "@/lib/domain/lifecycle";
import { getDb } from "../../db";
import { allowedOrThrow, applyTransition } from "../../write/apply-transition";
import { loadCompactForActor } from "@/lib/server/load/compact";
import { demoActor, organisationId, refusal, withDemoDatabase } from "../../testing/integration";
import { createCompact } from "./create-compact";
import { changeStage } from "./change-stage";
import { markReady } from "./mark-ready";
import { saveAgenda } from "./save-agenda";
import { addToDraftingGroup } from "@/lib/server/services/compacts/add-to-drafting-group";
import { removeFromDraftingGroup } from "@/lib/server/services/compacts/remove-from-drafting-group";
import { recordParticipation } from "./record-participation";
import { saveStageSummary } from "./save-stage-summary";
import { saveText } from "./save-text";
import { recordDecision } from "./record-decision";

withDemoDatabase();

async function revision(compactId: string) {
  return (await getDb().compact.findUniqueOrThrow({ where: { id: compactId } })).revision;
}

async function move(actorName: Parameters<typeof demoActor>[0], compactId: string, kind: "advance" | "new_round" | "return", reason = "") {
  return changeStage(await demoActor(actorName), { compactId, kind, expectedRevision: await revision(compactId), reason });
}

/** A new compact with the official's administration in the drafting group. */
async function newCompact(title: string) {
  const official = await demoActor("tjansteperson");
  const { id } = await createCompact(official, { title });
  await addToDraftingGroup(official, { compactId: id, organisationId: official.organisationId });
  return id;
}

describe("the compact lifecycle", () => {
  it("walks agenda → … → reformulation → formulation of version 2, each step by the right role", async () => {
    const id = await newCompact("Överenskommelse om idrott och hälsa");
    const official = await demoActor("tjansteperson");

    const refused = await refusal(move("tjansteperson", id, "advance"));
    expect(refused.messageKey).toBe("errors.lifecycle.refused");
    expect(refused.details.map((d) => d.key)).toEqual([
      "lifecycle.unmet.agendaWhyMissing",
      "lifecycle.unmet.agendaIssuesMissing",
      "lifecycle.unmet.agendaInvitedMissing",
      "lifecycle.unmet.noCivilOrganisation",
    ]);

    await saveAgenda(official, { compactId: id, why: "Samverkan behöver spelregler.", issues: "Lokaler\nBidrag", invited: "Alla idrottsföreningar" });
    await addToDraftingGroup(official, { compactId: id, organisationId: await organisationId("Föreningen Grannstöd") });
    await saveText(official, { compactId: id, text: "# Syfte\nVi samverkar.\nÖverenskommelsen ses över vart tredje år." });
    await move("tjansteperson", id, "advance");

    const notReady = await refusal(move("tjansteperson", id, "advance"));
    expect(notReady.details.map((d) => d.key)).toEqual(["lifecycle.unmet.publicNotReady", "lifecycle.unmet.civilNotReady"]);
    await markReady(official, { compactId: id });
    await expect(markReady(official, { compactId: id })).rejects.toMatchObject({ messageKey: "errors.lifecycle.alreadyReady" });
    await expect(markReady(await demoActor("idrott"), { compactId: id })).rejects.toBeInstanceOf(ForbiddenError);
    await markReady(await demoActor("forening"), { compactId: id });
    await move("tjansteperson", id, "advance");

    await expect(saveText(official, { compactId: id, text: "ändrat i beslutsskedet" })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await refusal(move("tjansteperson", id, "advance"))).details.map((d) => d.key)).toEqual(["lifecycle.unmet.decisionNotApproved"]);
    const politician = await demoActor("politiker");
    await recordDecision(politician, {
      compactId: id,
      expectedRevision: await revision(id),
      outcome: "approved",
      motivation: "Ett bra underlag.",
      body: "Kommunfullmäktige",
      caseNumber: "KS 2027/14",
      meetingDate: "2027-03-15",
    });
    await move("tjansteperson", id, "advance");

    expect((await refusal(move("tjansteperson", id, "advance"))).details.map((d) => d.key)).toEqual(["lifecycle.unmet.reviewSummaryMissing"]);
    await saveStageSummary(await demoActor("forening"), { compactId: id, text: "Första året: dialogforum hölls två gånger." });
    await move("tjansteperson", id, "advance");
    await saveStageSummary(official, { compactId: id, text: "Granskningen visar att lokalfrågan behöver skrivas om." });
    await move("tjansteperson", id, "advance");
    const result = await move("tjansteperson", id, "new_round");
    expect(result).toEqual({ stage: "formulation", version: 2 });

    const compact = await getDb().compact.findUniqueOrThrow({ where: { id }, include: { versions: { orderBy: { number: "asc" } }, stageChanges: { orderBy: { createdAt: "asc" } } } });
    expect(compact.versions.map((v) => [v.number, v.frozenAt !== null])).toEqual([[1, true], [2, false]]);
    expect(compact.versions[0]!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(compact.versions[1]!.content).toEqual(compact.versions[0]!.content);
    expect(compact.stageChanges.map((s) => s.toStage)).toEqual(["agenda", "formulation", "decision", "implementation", "review", "reformulation", "formulation"]);
    expect(compact.stageChanges.slice(1).every((s) => /^[0-9a-f]{64}$/.test(s.fingerprint ?? ""))).toBe(true);

    const audit = await getDb().auditEvent.findMany({ where: { compactId: id, action: "compact.stageChanged" } });
    expect(audit).toHaveLength(6);
    await expect(saveText(official, { compactId: id, text: "# Version 2\nNy text." })).resolves.toBeUndefined();
  });

  it("refuses roles that may not move a compact, and the public, and tells why", async () => {
    const id = await newCompact("Överenskommelse om kultur");
    for (const name of ["forening", "politiker", "admin"] as const) {
      const error = await refusal(move(name, id, "advance"));
      expect(error.status).toBe(403);
    }
    await expect(changeStage(null, { compactId: id, kind: "advance", expectedRevision: 0 })).rejects.toMatchObject({ status: 401 });
  });

  it("refuses a stale page with 409 and never applies a transition twice", async () => {
    const id = await newCompact("Överenskommelse om lokaler");
    const official = await demoActor("tjansteperson");
    await saveAgenda(official, { compactId: id, why: "Lokalerna räcker inte.", issues: "Lokaler", invited: "Alla" });
    await addToDraftingGroup(official, { compactId: id, organisationId: await organisationId("Sjöberga Idrottsallians") });
    const stale = await revision(id);
    const results = await Promise.allSettled([
      changeStage(official, { compactId: id, kind: "advance", expectedRevision: stale }),
      changeStage(official, { compactId: id, kind: "advance", expectedRevision: stale }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((failed.reason as AppError).status).toBe(409);
    const conflict = await refusal(changeStage(official, { compactId: id, kind: "return", expectedRevision: stale, reason: "Fel" }));
    expect(conflict.status).toBe(409);
    expect((await getDb().compact.findUniqueOrThrow({ where: { id } })).stage).toBe("formulation");
    expect(await getDb().stageChange.count({ where: { compactId: id, toStage: "formulation" } })).toBe(1);
  });

  it("lets an official send the compact back one step with a reason, never from agenda", async () => {
    const id = await newCompact("Överenskommelse om volontärer");
    const official = await demoActor("tjansteperson");
    expect((await refusal(move("tjansteperson", id, "return", "Tillbaka"))).details.map((d) => d.key)).toEqual(["lifecycle.unmet.cannotReturnFromAgenda"]);
    await saveAgenda(official, { compactId: id, why: "Volontärer behöver samordnas.", issues: "Samordning", invited: "Alla" });
    await addToDraftingGroup(official, { compactId: id, organisationId: await organisationId("Sjöberga församling") });
    await move("tjansteperson", id, "advance");
    expect((await refusal(move("tjansteperson", id, "return"))).details.map((d) => d.key)).toEqual(["lifecycle.unmet.returnReasonMissing"]);
    await move("tjansteperson", id, "return", "Agendan behöver fler frågor.");
    const last = await getDb().stageChange.findFirstOrThrow({ where: { compactId: id }, orderBy: { createdAt: "desc" } });
    expect(last).toMatchObject({ fromStage: "formulation", toStage: "agenda", kind: "return", reason: "Agendan behöver fler frågor." });
  });

  it("sends a rejected decision back to formulation with the motivation, and needs both sectors again", async () => {
    const id = await newCompact("Överenskommelse om unga");
    const official = await demoActor("tjansteperson");
    await saveAgenda(official, { compactId: id, why: "Unga behöver mötesplatser.", issues: "Mötesplatser", invited: "Alla" });
    await addToDraftingGroup(official, { compactId: id, organisationId: await organisationId("Föreningen Grannstöd") });
    await saveText(official, { compactId: id, text: "Överenskommelsen ses över vart tredje år." });
    await move("tjansteperson", id, "advance");
    await markReady(official, { compactId: id });
    await markReady(await demoActor("forening"), { compactId: id });
    await move("tjansteperson", id, "advance");
    const politician = await demoActor("politiker");
    const decision = { compactId: id, outcome: "rejected", motivation: "Finansieringen är oklar.", body: "Kommunstyrelsen", caseNumber: "KS 2027/20", meetingDate: "2027-04-01" };
    await expect(recordDecision(official, { ...decision, expectedRevision: await revision(id) })).rejects.toBeInstanceOf(ForbiddenError);
    await recordDecision(politician, { ...decision, expectedRevision: await revision(id) });
    const compact = await getDb().compact.findUniqueOrThrow({ where: { id }, include: { readiness: true } });
    expect(compact.stage).toBe("formulation");
    expect(compact.readiness).toEqual([]);
    const change = await getDb().stageChange.findFirstOrThrow({ where: { compactId: id }, orderBy: { createdAt: "desc" } });
    expect(change).toMatchObject({ kind: "rejected", reason: "Finansieringen är oklar." });
  });
});

describe("one way to move a compact: applyTransition", () => {
  /** A compact in the decision stage, both sectors having marked version 1 ready. */
  async function compactAtDecision(title: string) {
    const id = await newCompact(title);
    const official = await demoActor("tjansteperson");
    await saveAgenda(official, { compactId: id, why: "Behovet är stort.", issues: "Lokaler", invited: "Alla" });
    await addToDraftingGroup(official, { compactId: id, organisationId: await organisationId("Föreningen Grannstöd") });
    await saveText(official, { compactId: id, text: "# Syfte\nVi samverkar.\nÖverenskommelsen ses över vart tredje år." });
    await move("tjansteperson", id, "advance");
    await markReady(official, { compactId: id });
    await markReady(await demoActor("forening"), { compactId: id });
    await move("tjansteperson", id, "advance");
    return id;
  }

  const rejection = (compactId: string, expectedRevision: number, motivation = "Kostnaden är oklar.") => ({
    compactId,
    expectedRevision,
    outcome: "rejected",
    motivation,
    body: "Kommunstyrelsen",
    caseNumber: "KS 2027/41",
    meetingDate: "2027-06-01",
  });

  it("writes a politician's rejection as it writes an official's return: a history row with the snapshot, an audit event, one revision", async () => {
    const returned = await compactAtDecision("Överenskommelse om parker");
    const returnedAt = await revision(returned);
    await move("tjansteperson", returned, "return", "Texten behöver mer arbete.");
    const rejected = await compactAtDecision("Överenskommelse om badplatser");
    const rejectedAt = await revision(rejected);
    const politician = await demoActor("politiker");
    await recordDecision(politician, rejection(rejected, rejectedAt, "  Kostnaden är oklar. "));

    const cases = [
      { id: returned, at: returnedAt, kind: "return", reason: "Texten behöver mer arbete.", actorId: (await demoActor("tjansteperson")).userId },
      { id: rejected, at: rejectedAt, kind: "rejected", reason: "Kostnaden är oklar.", actorId: politician.userId },
    ];
    for (const { id, at, kind, reason, actorId } of cases) {
      const compact = await getDb().compact.findUniqueOrThrow({ where: { id }, include: { versions: true, readiness: true } });
      expect(compact).toMatchObject({ stage: "formulation", currentVersion: 1, revision: at + 1 });
      expect(compact.readiness).toEqual([]);
      const change = await getDb().stageChange.findFirstOrThrow({ where: { compactId: id }, orderBy: { createdAt: "desc" } });
      expect(change).toMatchObject({ fromStage: "decision", toStage: "formulation", versionNumber: 1, kind, reason, actorId });
      expect(change.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(change.content).toEqual(compact.versions[0]!.content);
      const audit = await getDb().auditEvent.findMany({ where: { compactId: id, action: "compact.stageChanged" }, orderBy: { createdAt: "asc" } });
      expect(audit).toHaveLength(3);
      expect(audit[2]).toMatchObject({
        actorId,
        entityType: "compact",
        entityId: id,
        before: { stage: "decision", version: 1, revision: at },
        after: { stage: "formulation", version: 1, kind, reason, fingerprint: change.fingerprint },
      });
    }
    expect(await getDb().auditEvent.count({ where: { compactId: rejected, action: "decision.rejected" } })).toBe(1);
  });

  it("refuses a rejection from a stale page with 409, writing nothing", async () => {
    const id = await compactAtDecision("Överenskommelse om fritidsgårdar");
    const stale = await revision(id);
    await getDb().compact.update({ where: { id }, data: { revision: { increment: 1 } } });
    const error = await refusal(recordDecision(await demoActor("politiker"), rejection(id, stale)));
    expect(error.status).toBe(409);
    const compact = await getDb().compact.findUniqueOrThrow({ where: { id }, include: { readiness: true } });
    expect(compact).toMatchObject({ stage: "decision", revision: stale + 1 });
    expect(compact.readiness).toHaveLength(2);
    expect(await getDb().decision.count({ where: { compactId: id } })).toBe(0);
    expect(await getDb().stageChange.count({ where: { compactId: id, toStage: "formulation" } })).toBe(1);
  });

  it("claims the revision the compact was loaded at: a rejection evaluated before someone else's change conflicts", async () => {
    const id = await compactAtDecision("Överenskommelse om bibliotek");
    const politician = await demoActor("politiker");
    const { compact, state } = await loadCompactForActor(getDb(), politician, id);
    const transition = allowedOrThrow(evaluateTransition(state, "rejected", politician, { reason: "Nej.", expectedRevision: state.revision }), "decision.record");
    expect(transition.events.map((e) => e.type)).toEqual(["compact.snapshotFrozen", "compact.stageChanged", "compact.readinessReset"]);
    await getDb().compact.update({ where: { id }, data: { revision: { increment: 1 } } });
    await expect(getDb().$transaction((tx) => applyTransition(tx, compact, transition))).rejects.toBeInstanceOf(ConflictError);
    const after = await getDb().compact.findUniqueOrThrow({ where: { id }, include: { readiness: true } });
    expect(after.stage).toBe("decision");
    expect(after.readiness).toHaveLength(2);
    expect(await getDb().stageChange.count({ where: { compactId: id, toStage: "formulation" } })).toBe(1);
  });
});

describe("drafting group and participation", () => {
  it("only officials change the drafting group, and every change is audited", async () => {
    const id = await newCompact("Överenskommelse om natur");
    const grannstod = await organisationId("Föreningen Grannstöd");
    await expect(addToDraftingGroup(await demoActor("forening"), { compactId: id, organisationId: grannstod })).rejects.toBeInstanceOf(ForbiddenError);
    const official = await demoActor("tjansteperson");
    await addToDraftingGroup(official, { compactId: id, organisationId: grannstod });
    await expect(addToDraftingGroup(official, { compactId: id, organisationId: grannstod })).rejects.toMatchObject({ messageKey: "errors.lifecycle.alreadyInGroup" });
    await removeFromDraftingGroup(official, { compactId: id, organisationId: grannstod });
    const actions = (await getDb().auditEvent.findMany({ where: { compactId: id }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["compact.created", "compact.draftingGroupAdded", "compact.draftingGroupAdded", "compact.draftingGroupRemoved"]);
  });

  it("records participation with methods and counts, and refuses bad input per field", async () => {
    const id = await newCompact("Överenskommelse om folkbildning");
    const official = await demoActor("tjansteperson");
    await recordParticipation(official, { compactId: id, stage: "agenda", level: "dialogue", methods: "seminar,working_group", startDate: "2027-01-10", endDate: "2027-01-12", publicCount: "4", civilCount: "23" });
    const [entry] = await getDb().participationEntry.findMany({ where: { compactId: id } });
    expect(entry).toMatchObject({ stage: "agenda", level: "dialogue", methods: ["seminar", "working_group"], publicCount: 4, civilCount: 23 });
    await expect(
      recordParticipation(official, { compactId: id, stage: "nowhere", level: "dialogue", methods: "", startDate: "2027-02-01", endDate: "2027-01-01", publicCount: "-1" }),
    ).rejects.toMatchObject({
      fieldErrors: { stage: ["errors.field.stage"], methods: ["errors.field.methodRequired"], publicCount: ["errors.field.number"] },
    });
    await expect(recordParticipation(official, { compactId: id, stage: "agenda", level: "dialogue", methods: "seminar", startDate: "2027-02-01", endDate: "2027-01-01" })).rejects.toMatchObject({
      fieldErrors: { endDate: ["errors.field.dateOrder"] },
    });
    await expect(recordParticipation(await demoActor("idrott"), { compactId: id, stage: "agenda", level: "dialogue", methods: "seminar" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
