import { describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { getDb } from "../../db";
import { demoActor, organisationId, refusal, withDemoDatabase } from "../../testing/integration";
import { getEvidenceFile, getFollowUpPage, getFollowUpSummary, getPublicFollowUp } from "../../queries/follow-up";
import { addToDraftingGroup } from "@/lib/server/services/compacts/add-to-drafting-group";
import { changeStage } from "../compacts/change-stage";
import { createCompact } from "../compacts/create-compact";
import { markReady } from "../compacts/mark-ready";
import { recordDecision } from "../compacts/record-decision";
import { saveAgenda } from "../compacts/save-agenda";
import { saveStageSummary } from "../compacts/save-stage-summary";
import { saveText } from "../compacts/save-text";
import { MAX_EVIDENCE_BYTES } from "@/lib/domain/follow-up";
import { postProgressUpdate } from "./post-progress";
import { addActionPlan } from "./save-action-plan";
import { addCommitment } from "@/lib/server/services/follow-up/add-commitment";
import { removeCommitment } from "@/lib/server/services/follow-up/remove-commitment";
import { reviewFromForm } from "@/lib/validation/follow-up";
import { saveJointReview } from "./save-joint-review";
import { saveFollowUpRhythm } from "./save-rhythm";
import { sendFollowUpReminders } from "./send-reminders";

withDemoDatabase();

const PDF = new Uint8Array(new TextEncoder().encode("%PDF-1.4\n%âãÏÓ\n1 0 obj\n"));

async function move(compactId: string, kind: "advance" | "new_round" = "advance") {
  const { revision } = await getDb().compact.findUniqueOrThrow({ where: { id: compactId } });
  return changeStage(await demoActor("tjansteperson"), { compactId, kind, expectedRevision: revision });
}

/** A compact in formulation with the administration and Föreningen Grannstöd drafting it. */
async function compactInFormulation(title: string) {
  const official = await demoActor("tjansteperson");
  const { id } = await createCompact(official, { title });
  await addToDraftingGroup(official, { compactId: id, organisationId: official.organisationId });
  await addToDraftingGroup(official, { compactId: id, organisationId: await organisationId("Föreningen Grannstöd") });
  await saveAgenda(official, { compactId: id, why: "Samverkan.", issues: "Lokaler", invited: "Alla" });
  await saveText(official, { compactId: id, text: "# Syfte\nVi samverkar.\nÖverenskommelsen ses över vart tredje år." });
  await move(id);
  return id;
}

async function toImplementation(compactId: string) {
  await markReady(await demoActor("tjansteperson"), { compactId });
  await markReady(await demoActor("forening"), { compactId });
  await move(compactId);
  const { revision } = await getDb().compact.findUniqueOrThrow({ where: { id: compactId } });
  await recordDecision(await demoActor("politiker"), {
    compactId,
    expectedRevision: revision,
    outcome: "approved",
    motivation: "Bra.",
    body: "Kommunfullmäktige",
    caseNumber: "KS 2027/1",
    meetingDate: "2027-03-15",
  });
  await move(compactId);
}

const commitmentInput = (compactId: string, extra: Record<string, string>) => ({
  compactId,
  title: "Föreningsforum två gånger om året",
  party: "municipality",
  contactRole: "Föreningskonsulent",
  recurrence: "half_yearly",
  followUpKind: "indicator",
  indicator: "Antal forum",
  target: "2 per år",
  principles: "dialogue,openness",
  ...extra,
});

describe("follow-up of a compact", () => {
  it("lists commitments in formulation, takes progress from owners in implementation, reviews and carries proposals into the next version", async () => {
    const official = await demoActor("tjansteperson");
    const rep = await demoActor("forening");
    const id = await compactInFormulation("Överenskommelse om uppföljning");
    const kff = official.organisationId;
    const grannstod = rep.organisationId;

    const plan = await addActionPlan(official, { compactId: id, title: "Handlingsplan 2027–2028", startDate: "2027-01-01", endDate: "2028-12-31", priorityAreas: "Lokaler\nBidrag" });
    const municipal = await addCommitment(official, commitmentInput(id, { ownerOrganisationId: kff, actionPlanId: plan.id }));
    const civil = await addCommitment(rep, commitmentInput(id, { title: "Volontärträffar", party: "civil", ownerOrganisationId: grannstod, followUpKind: "deliverable", deliverable: "En träff per kvartal", recurrence: "", dueDate: "2028-06-30", principles: "" }));
    const joint = await addCommitment(official, commitmentInput(id, { title: "Gemensam lokalinventering", party: "joint", ownerOrganisationId: kff, partnerOrganisationId: grannstod, principles: "longterm" }));
    const mistake = await addCommitment(official, commitmentInput(id, { title: "Fel", ownerOrganisationId: kff }));
    await removeCommitment(official, { compactId: id, commitmentId: mistake.id });
    await saveFollowUpRhythm(rep, { compactId: id, actionPlanMonths: "24", commitmentReviewMonths: "36", principleReviewMonths: "60", meetingMonths: "12", staleAfterMonths: "6" });

    // Progress is for implementation only.
    expect(await refusal(postProgressUpdate(official, { commitmentId: municipal.id, status: "on_track", percent: "10", text: "Start", date: "2026-01-01" }))).toBeInstanceOf(ForbiddenError);
    await toImplementation(id);
    // Commitments are listed in formulation, not any more now.
    expect(await refusal(addCommitment(official, commitmentInput(id, { ownerOrganisationId: kff })))).toBeInstanceOf(ForbiddenError);

    const now = new Date();
    const today = now.toISOString().slice(0, 10);
    await postProgressUpdate(official, { commitmentId: municipal.id, status: "on_track", percent: "40", text: "Första forumet hölls.", date: today, evidenceUrl: "https://sjoberga.se/forum" }, null, now);
    await postProgressUpdate(rep, { commitmentId: civil.id, status: "at_risk", percent: "20", text: "Svårt att få lokal.", date: "2020-01-15" }, { name: "protokoll.pdf", type: "application/pdf", bytes: PDF }, now);
    await postProgressUpdate(official, { commitmentId: joint.id, status: "done", percent: "70", text: "Kommunens del klar.", date: today }, null, now);

    let page = await getFollowUpPage(official, id, now);
    const byId = Object.fromEntries(page.commitments.map((c) => [c.id, c]));
    expect(byId[municipal.id]).toMatchObject({ status: "on_track", percent: 40, health: "ok", actionPlanTitle: "Handlingsplan 2027–2028", principles: ["dialogue", "openness"] });
    expect(byId[civil.id]).toMatchObject({ status: "at_risk", percent: 20, health: "stale" });
    const file = byId[civil.id]!.updates[0]!.evidenceFile!;
    expect(file.fileName).toBe("protokoll.pdf");
    expect(Buffer.from((await getEvidenceFile(official, id, file.id)).data).subarray(0, 4).toString()).toBe("%PDF");
    // Never to anonymous visitors (the public follow-up leaves files out), never under another compact's address.
    await expect(getEvidenceFile(null, id, file.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getEvidenceFile(official, "another-compact", file.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(byId[joint.id]).toMatchObject({ status: "on_track", percent: 50, awaitingParty: "civil" });
    expect(page.may.postOn.sort()).toEqual([municipal.id, joint.id].sort());
    expect(page.byParty.find((r) => r.key === "civil")).toMatchObject({ commitments: 1, stale: 1 });
    expect(page.schedule.map((s) => s.kind)).toContain("annualMeeting");

    await postProgressUpdate(rep, { commitmentId: joint.id, status: "done", percent: "100", text: "Vår del klar.", date: today }, null, now);
    page = await getFollowUpPage(rep, id, now);
    expect(page.commitments.find((c) => c.id === joint.id)).toMatchObject({ status: "done", percent: 100, health: "closed" });

    const publicData = await getPublicFollowUp(id, now);
    expect(publicData?.commitments.find((c) => c.id === civil.id)).toMatchObject({ stale: true, owner: "Föreningen Grannstöd" });
    expect(JSON.stringify(publicData)).not.toContain(official.userId);

    // Review: the drafting group writes it; moving on carries its proposals into the next version.
    await saveStageSummary(official, { compactId: id, text: "Ett år av genomförande." });
    await move(id);
    expect(await refusal(postProgressUpdate(official, { commitmentId: municipal.id, status: "on_track", percent: "50", text: "x", date: today }, null, now))).toBeInstanceOf(ForbiddenError);
    await expect(saveJointReview(await demoActor("idrott"), reviewFromForm({ compactId: id }))).rejects.toBeInstanceOf(ForbiddenError);
    await saveJointReview(
      rep,
      reviewFromForm({
        compactId: id,
        [`outcome__${municipal.id}`]: "met",
        [`outcome__${civil.id}`]: "not_met",
        [`why__${civil.id}`]: "Lokalfrågan måste lösas först.",
        stillRight__dialogue: "yes",
        stillRight__longterm: "no",
        change__longterm: "Bidrag bör beviljas för tre år i taget.",
        participantsSaid: "Föreningarna vill ha fler forum.",
        proposals: "Skriv in en lokalgaranti\n\nMöt oss kvällstid",
      }),
    );
    await saveStageSummary(official, { compactId: id, text: "Granskningen är klar." });
    await move(id);
    const proposals = await getDb().reviewProposal.findMany({ where: { compactId: id }, orderBy: { position: "asc" } });
    expect(proposals.map((p) => [p.versionNumber, p.source, p.subject, p.text])).toEqual([
      [2, "general", "", "Skriv in en lokalgaranti"],
      [2, "general", "", "Möt oss kvällstid"],
      [2, "principle", "longterm", "Bidrag bör beviljas för tre år i taget."],
      [2, "commitment", "Volontärträffar", "Lokalfrågan måste lösas först."],
    ]);
    expect((await getFollowUpSummary(official, id, now)).proposals).toHaveLength(4);
    // Each proposal is also a comment on the whole text being reformulated, by the official who moved it on.
    const comments = await getDb().comment.findMany({ where: { compactId: id, scope: "compact" }, orderBy: { body: "asc" } });
    expect(comments.map((c) => [c.versionNumber, c.sector, c.body])).toEqual([
      [1, "public", "Bidrag bör beviljas för tre år i taget."],
      [1, "public", "Möt oss kvällstid"],
      [1, "public", "Skriv in en lokalgaranti"],
      [1, "public", "Volontärträffar: Lokalfrågan måste lösas först."],
    ]);
    expect((await getFollowUpPage(official, id, now)).commentFigures).toEqual({ total: 4, public: 4, civil: 0, answered: 0 });
    await move(id, "new_round");
    const summary = await getFollowUpSummary(official, id, now);
    expect(summary.proposals.map((p) => p.fromVersion)).toEqual([1, 1, 1, 1]);
    const version2 = await getDb().compactVersion.findFirstOrThrow({ where: { compactId: id, number: 2 } });
    const version1 = await getDb().compactVersion.findFirstOrThrow({ where: { compactId: id, number: 1 } });
    expect(version2.content).toEqual(version1.content);

    const audit = await getDb().auditEvent.findMany({ where: { compactId: id, action: { startsWith: "followUp." } } });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["followUp.commitmentAdded", "followUp.commitmentRemoved", "followUp.actionPlanAdded", "followUp.rhythmSaved", "followUp.progressPosted", "followUp.reviewSaved"]));
  });

  it("refuses bad input and someone else's commitment with translated messages, and saves nothing", async () => {
    const official = await demoActor("tjansteperson");
    const rep = await demoActor("forening");
    const id = await compactInFormulation("Överenskommelse med felaktiga uppgifter");
    // Nothing of the follow-up is public before the compact is carried out.
    expect(await getPublicFollowUp(id)).toBeNull();
    const kff = official.organisationId;
    const grannstod = rep.organisationId;

    expect((await refusal(addActionPlan(official, { compactId: id, title: "Bakvänd", startDate: "2028-01-01", endDate: "2027-01-01" }))).fieldErrors.endDate).toEqual(["followUp.errors.periodOrder"]);
    expect((await refusal(addCommitment(official, commitmentInput(id, { ownerOrganisationId: grannstod })))).fieldErrors.ownerOrganisationId).toEqual(["followUp.errors.ownerSector"]);
    expect((await refusal(addCommitment(official, commitmentInput(id, { party: "joint", ownerOrganisationId: kff, partnerOrganisationId: await organisationId("Kommunstyrelsen") })))).fieldErrors.partnerOrganisationId).toEqual(["followUp.errors.partnerSector"]);
    expect((await refusal(addCommitment(official, commitmentInput(id, { ownerOrganisationId: kff, recurrence: "", dueDate: "" })))).fieldErrors.dueDate).toEqual(["followUp.errors.timingRequired"]);
    expect((await refusal(addCommitment(official, commitmentInput(id, { ownerOrganisationId: kff, indicator: "" })))).fieldErrors.indicator).toEqual(["followUp.errors.indicatorRequired"]);
    expect((await refusal(addCommitment(official, commitmentInput(id, { ownerOrganisationId: kff, principles: "charity" })))).fieldErrors.principles).toEqual(["followUp.errors.principle"]);
    expect((await refusal(addCommitment(await demoActor("idrott"), commitmentInput(id, { ownerOrganisationId: kff })))).status).toBe(403);
    expect((await refusal(addCommitment(await demoActor("politiker"), commitmentInput(id, { ownerOrganisationId: kff })))).status).toBe(403);
    expect((await refusal(saveFollowUpRhythm(official, { compactId: id, actionPlanMonths: "0", commitmentReviewMonths: "36", principleReviewMonths: "60", meetingMonths: "12", staleAfterMonths: "6" }))).fieldErrors.actionPlanMonths).toEqual(["followUp.errors.months"]);

    const plan = await addActionPlan(official, { compactId: id, title: "Plan", startDate: "2027-01-01", endDate: "2027-12-31" });
    expect((await refusal(addCommitment(official, commitmentInput(id, { ownerOrganisationId: kff, actionPlanId: plan.id, dueDate: "2029-01-01" })))).fieldErrors.dueDate).toEqual(["followUp.errors.dueOutsidePlan"]);
    const mine = await addCommitment(official, commitmentInput(id, { ownerOrganisationId: kff }));
    await toImplementation(id);

    const now = new Date("2027-06-15T12:00:00Z");
    const valid = { commitmentId: mine.id, status: "on_track", percent: "40", text: "Hänt", date: "2027-06-01" };
    const count = () => getDb().progressUpdate.count({ where: { commitmentId: mine.id } });
    const files = () => getDb().progressEvidenceFile.count();
    const filesBefore = await files();
    expect((await refusal(postProgressUpdate(rep, valid, null, now))).status).toBe(403);
    expect((await refusal(postProgressUpdate(await demoActor("politiker"), valid, null, now))).status).toBe(403);
    for (const percent of ["101", "-1", "12.5", "många"]) {
      expect((await refusal(postProgressUpdate(official, { ...valid, percent }, null, now))).fieldErrors.percent).toEqual(["followUp.errors.percent"]);
    }
    expect((await refusal(postProgressUpdate(official, { ...valid, date: "2027-06-16" }, null, now))).fieldErrors.date).toEqual(["followUp.errors.dateInFuture"]);
    expect((await refusal(postProgressUpdate(official, { ...valid, date: "2027-02-30" }, null, now))).fieldErrors.date).toEqual(["errors.field.date"]);
    expect((await refusal(postProgressUpdate(official, { ...valid, evidenceUrl: "javascript:alert(1)" }, null, now))).fieldErrors.evidenceUrl).toEqual(["followUp.errors.evidenceUrl"]);
    const exe = { name: "rapport.pdf", type: "application/pdf", bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00]) };
    expect((await refusal(postProgressUpdate(official, valid, exe, now))).messageKey).toBe("followUp.errors.fileType");
    expect((await refusal(postProgressUpdate(official, valid, { name: "a.exe", type: "application/x-msdownload", bytes: PDF }, now))).messageKey).toBe("followUp.errors.fileType");
    const big = new Uint8Array(MAX_EVIDENCE_BYTES + 1);
    big.set(PDF);
    expect((await refusal(postProgressUpdate(official, valid, { name: "stor.pdf", type: "application/pdf", bytes: big }, now))).messageKey).toBe("followUp.errors.fileTooLarge");
    expect(await count()).toBe(0);
    expect(await files()).toBe(filesBefore);

    await postProgressUpdate(official, { ...valid, status: "done", percent: "30" }, null, now);
    const saved = await getDb().progressUpdate.findFirstOrThrow({ where: { commitmentId: mine.id } });
    expect(saved.percent).toBe(100);
    // Progress updates are history: the database itself refuses to change or delete them.
    await expect(getDb().progressUpdate.update({ where: { id: saved.id }, data: { percent: 10 } })).rejects.toThrow();
    await expect(getDb().progressUpdate.delete({ where: { id: saved.id } })).rejects.toThrow();
    expect((await refusal(removeCommitment(official, { compactId: id, commitmentId: mine.id }))).status).toBe(403);
  });

  it("reminds owners once per due date through the outbox, with time as a parameter", async () => {
    const official = await demoActor("tjansteperson");
    const rep = await demoActor("forening");
    const id = await compactInFormulation("Överenskommelse med påminnelser");
    const quarterly = await addCommitment(official, commitmentInput(id, { title: "Kvartalsrapport", ownerOrganisationId: official.organisationId, recurrence: "quarterly" }));
    await addCommitment(rep, commitmentInput(id, { title: "Föreningarnas del", party: "civil", ownerOrganisationId: rep.organisationId, recurrence: "yearly" }));
    await toImplementation(id);
    const start = (await getDb().stageChange.findFirstOrThrow({ where: { compactId: id, toStage: "implementation" } })).createdAt;
    const day = 86_400_000;
    const outbox = () => getDb().outboxMessage.count({ where: { subject: { contains: "Kvartalsrapport" } } });
    const before = await outbox();

    // Nothing due right after the start.
    await sendFollowUpReminders(new Date(start.getTime() + day));
    expect(await outbox()).toBe(before);
    // A quarter later, less the two weeks' lead, the quarterly one is due: its owners get a mail, once.
    const due = new Date(start.getTime() + 80 * day);
    await sendFollowUpReminders(due);
    const first = await outbox();
    expect(first).toBeGreaterThan(before);
    await sendFollowUpReminders(new Date(due.getTime() + day));
    expect(await outbox()).toBe(first);
    const mail = await getDb().outboxMessage.findFirstOrThrow({ where: { subject: { contains: "Kvartalsrapport" } }, orderBy: { createdAt: "desc" } });
    expect(mail.to).toBe("tjansteperson@demo.overens.se");
    expect(mail.link).toContain(`/compacts/${id}/follow-up`);
    expect(mail.municipalityId).toBe((await getDb().compact.findUniqueOrThrow({ where: { id } })).municipalityId);
    // After seven months with no report at all, the civil one is stale and its owner is reminded too.
    await sendFollowUpReminders(new Date(start.getTime() + 215 * day));
    expect(await getDb().outboxMessage.count({ where: { subject: { contains: "Föreningarnas del" }, to: "forening@demo.overens.se" } })).toBe(1);
    expect(await getDb().followUpReminder.count({ where: { commitmentId: quarterly.id } })).toBeGreaterThanOrEqual(1);
  });
});
