import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/domain/errors";
import { getDb } from "../../db";
import { getPrincipleCheckPage, getPrincipleSnapshot, getPrinciplesSummary } from "../../queries/principles";
import { demoActor, organisationId, refusal, withDemoDatabase } from "../../testing/integration";
import { changeStage } from "../compacts/change-stage";
import { createCompact } from "../compacts/create-compact";
import { addToDraftingGroup } from "@/lib/server/services/compacts/add-to-drafting-group";
import { markReady } from "../compacts/mark-ready";
import { recordDecision } from "../compacts/record-decision";
import { saveAgenda } from "../compacts/save-agenda";
import { saveText } from "../compacts/save-text";
import { assessPrinciple } from "./assess-principle";
import { recordPrincipleOverride } from "./record-override";

withDemoDatabase();

const WITHOUT_REVIEW = "# Syfte\nKommunen och föreningarna samverkar om fritid.";
const WITH_REVIEW = `${WITHOUT_REVIEW}\nÖverenskommelsen ska ses över vart tredje år.`;

async function revision(compactId: string) {
  return (await getDb().compact.findUniqueOrThrow({ where: { id: compactId } })).revision;
}

async function advance(compactId: string) {
  return changeStage(await demoActor("tjansteperson"), { compactId, kind: "advance", expectedRevision: await revision(compactId) });
}

/** A compact in formulation, drafted by the official's administration and Föreningen Grannstöd. */
async function compactInFormulation(title: string, text: string) {
  const official = await demoActor("tjansteperson");
  const { id } = await createCompact(official, { title });
  await saveAgenda(official, { compactId: id, why: "Samverkan behöver spelregler.", issues: "Lokaler", invited: "Alla föreningar" });
  await addToDraftingGroup(official, { compactId: id, organisationId: official.organisationId });
  await addToDraftingGroup(official, { compactId: id, organisationId: await organisationId("Föreningen Grannstöd") });
  await saveText(official, { compactId: id, text });
  await advance(id);
  return id;
}

async function bothReady(compactId: string) {
  await markReady(await demoActor("tjansteperson"), { compactId });
  await markReady(await demoActor("forening"), { compactId });
}

describe("both sectors assess the principles", () => {
  it("scores each principle for the actor's own sector, replaces a second score, and audits both", async () => {
    const id = await compactInFormulation("Överenskommelse om kultur", WITH_REVIEW);
    const assess = async (name: "tjansteperson" | "forening", principle: string, score: number, justification: string) =>
      assessPrinciple(await demoActor(name), { compactId: id, version: "1", principle, score: String(score), justification });
    await assess("tjansteperson", "dialogue", 4, "Ett samverkansråd finns redan.");
    await assess("forening", "dialogue", 2, "Rådet har inte träffats på ett år.");
    await assess("tjansteperson", "dialogue", 5, "Rådet träffas fyra gånger per år.");

    const rows = await getDb().principleAssessment.findMany({ where: { compactId: id }, orderBy: { sector: "asc" } });
    expect(rows.map((r) => [r.sector, r.principle, r.score, r.versionNumber])).toEqual([
      ["civil", "dialogue", 2, 1],
      ["public", "dialogue", 5, 1],
    ]);
    const audit = await getDb().auditEvent.findMany({ where: { compactId: id, action: "principles.assessed" }, orderBy: { createdAt: "asc" } });
    expect(audit).toHaveLength(3);
    expect(audit[2]!.before).toEqual({ score: 4, justification: "Ett samverkansråd finns redan." });

    const page = await getPrincipleCheckPage(await demoActor("forening"), id);
    expect(page.current.map((a) => [a.sector, a.score, a.userName])).toEqual(
      expect.arrayContaining([
        ["public", 5, "Tove Lindqvist"],
        ["civil", 2, "Farid Haddad"],
      ]),
    );
    expect(page.may).toEqual({ assess: true, override: false });
  });

  it("refuses people outside the drafting group, other stages, stale versions and bad scores", async () => {
    const id = await compactInFormulation("Överenskommelse om natur", WITH_REVIEW);
    const input = { compactId: id, version: "1", principle: "quality", score: "3", justification: "Åtagandena saknar ägare." };
    await expect(assessPrinciple(await demoActor("politiker"), input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(assessPrinciple(await demoActor("idrott"), input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(assessPrinciple(null, input)).rejects.toMatchObject({ status: 401 });
    await expect(assessPrinciple(await demoActor("tjansteperson"), { ...input, version: "2" })).rejects.toMatchObject({
      status: 409,
      messageKey: "principles.errors.versionChanged",
    });
    await expect(assessPrinciple(await demoActor("tjansteperson"), { ...input, score: "6", justification: " ", principle: "beauty" })).rejects.toMatchObject({
      fieldErrors: { score: ["principles.errors.score"], justification: ["errors.field.required"], principle: ["errors.invalid"] },
    });
    await bothReady(id);
    await advance(id);
    await expect(assessPrinciple(await demoActor("tjansteperson"), input)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the gate before decision", () => {
  it("refuses formulation → decision while a blocking finding stands, until both sectors override; the check is frozen with the move", async () => {
    const id = await compactInFormulation("Överenskommelse om fritid", WITHOUT_REVIEW);
    await bothReady(id);
    const refused = await refusal(advance(id));
    expect(refused.details).toEqual([{ key: "lifecycle.unmet.blockingFindings", params: { count: 1 } }]);

    const official = await demoActor("tjansteperson");
    await expect(recordPrincipleOverride(await demoActor("politiker"), { compactId: id, version: "1", motivation: "Vi vill vidare." })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(recordPrincipleOverride(official, { compactId: id, version: "1", motivation: "" })).rejects.toMatchObject({ fieldErrors: { motivation: ["errors.field.required"] } });
    await recordPrincipleOverride(official, { compactId: id, version: "1", motivation: "Översynen bestäms i handlingsplanen." });
    await expect(recordPrincipleOverride(official, { compactId: id, version: "1", motivation: "Igen." })).rejects.toMatchObject({ messageKey: "principles.errors.alreadyOverridden" });
    expect((await refusal(advance(id))).details.map((d) => d.key)).toEqual(["lifecycle.unmet.blockingFindings"]);
    expect(await getPrinciplesSummary(official, id)).toEqual({ blocking: 1, warnings: expect.any(Number), overridden: false });

    await assessPrinciple(official, { compactId: id, version: "1", principle: "longterm", score: "2", justification: "Ingen översyn." });
    await recordPrincipleOverride(await demoActor("forening"), { compactId: id, version: "1", motivation: "Vi följer upp i samverkansrådet." });
    await expect(advance(id)).resolves.toEqual({ stage: "decision", version: 1 });

    const snapshot = await getPrincipleSnapshot(official, id, 1);
    expect(snapshot?.findings.filter((f) => f.severity === "blocking").map((f) => f.rule)).toEqual(["longterm.noReview"]);
    expect(snapshot?.gate).toMatchObject({ blocking: 1, overridden: true, standing: 0 });
    expect(snapshot?.overrides.map((o) => [o.sector, o.motivation])).toEqual(
      expect.arrayContaining([
        ["public", "Översynen bestäms i handlingsplanen."],
        ["civil", "Vi följer upp i samverkansrådet."],
      ]),
    );
    expect(snapshot?.assessments.find((a) => a.principle === "longterm")?.public?.score).toBe(2);
    const audit = await getDb().auditEvent.findMany({ where: { compactId: id, action: "principles.overridden" } });
    expect(audit.map((a) => (a.after as { overridden: string[] }).overridden)).toEqual([["longterm.noReview"], ["longterm.noReview"]]);
  });

  it("lets a text that states its review go to decision, with nothing to override; a rejected and re-sent version is frozen anew", async () => {
    const id = await compactInFormulation("Överenskommelse om unga", WITHOUT_REVIEW);
    const official = await demoActor("tjansteperson");
    await saveText(official, { compactId: id, text: WITH_REVIEW });
    await expect(recordPrincipleOverride(official, { compactId: id, version: "1", motivation: "Behövs inte." })).rejects.toMatchObject({
      messageKey: "principles.errors.nothingToOverride",
    });
    await bothReady(id);
    await advance(id);
    const first = await getPrincipleSnapshot(official, id, 1);
    expect(first?.gate).toMatchObject({ blocking: 0, overridden: false });
    expect(first?.overrides).toEqual([]);

    await recordDecision(await demoActor("politiker"), {
      compactId: id,
      expectedRevision: await revision(id),
      outcome: "rejected",
      motivation: "Lägg till en tydligare uppföljning.",
      body: "Kommunstyrelsen",
      caseNumber: "KS 2027/33",
      meetingDate: "2027-05-02",
    });
    await saveText(official, { compactId: id, text: `${WITH_REVIEW}\nÅtagandena följs upp varje år i samverkansrådet.` });
    await bothReady(id);
    await advance(id);
    const second = await getPrincipleSnapshot(official, id, 1);
    expect(await getDb().principleCheckSnapshot.count({ where: { compactId: id } })).toBe(1);
    expect(second?.findings.map((f) => f.rule)).not.toContain("quality.noFollowUp");
    expect(first?.findings.map((f) => f.rule)).toContain("quality.noFollowUp");
  });

  it("blocks grants made conditional on agreeing with the municipality", async () => {
    const id = await compactInFormulation("Överenskommelse om bidrag", `${WITH_REVIEW}\nFöreningsbidrag beviljas endast till föreningar som ställer sig bakom kommunens mål.`);
    await bothReady(id);
    expect((await refusal(advance(id))).details).toEqual([{ key: "lifecycle.unmet.blockingFindings", params: { count: 1 } }]);
    const page = await getPrincipleCheckPage(await demoActor("tjansteperson"), id);
    expect(page.findings.find((f) => f.rule === "autonomy.fundingConditional")?.where?.excerpt).toContain("ställer sig bakom kommunens mål");
    expect(page.may.override).toBe(true);
  });

  it("shows the frozen check to the public only once the version has gone to decision", async () => {
    const id = await compactInFormulation("Överenskommelse om idrott", WITH_REVIEW);
    expect(await getPrincipleSnapshot(null, id, 1)).toBeNull();
    await bothReady(id);
    await advance(id);
    expect((await getPrincipleSnapshot(null, id, 1))?.version).toBe(1);
    expect(await getPrincipleSnapshot(null, "no-such-compact", 1)).toBeNull();
  });
});
