import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { EDIT_WINDOW_MS } from "@/lib/domain/comments";
import { getDb } from "../../db";
import { getCompactComments, getConsultationReports } from "../../queries/comments";
import { demoActor, demoCompactId, refusal, withDemoDatabase } from "../../testing/integration";
import { createComment } from "./create-comment";
import { editComment } from "./edit-comment";
import { withdrawComment } from "@/lib/server/services/comments/withdraw-comment";
import { resolveComment } from "./resolve-comment";
import { respondToComment } from "./respond-to-comment";
import { closeCommentRound } from "@/lib/server/services/comments/close-comment-round";
import { openCommentRound } from "@/lib/server/services/comments/open-comment-round";
import { signComment } from "./sign-comment";
import { withdrawSignature } from "@/lib/server/services/comments/withdraw-signature";

withDemoDatabase();

/** Two real Yjs relative positions, base64-encoded as the editor sends them. */
function anchors() {
  const ydoc = new Y.Doc();
  const text = ydoc.getText("t");
  text.insert(0, "hello world");
  const encode = (index: number) => Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, index))).toString("base64");
  return { anchorStart: encode(0), anchorEnd: encode(5) };
}

const inDays = (days: number, from = new Date()) => new Date(from.getTime() + days * 86_400_000);

describe("comments", () => {
  it("lets the drafting group comment on text, a section and the whole compact, and anyone of the municipality read them", async () => {
    const compactId = await demoCompactId();
    const official = await demoActor("tjansteperson");
    const civil = await demoActor("forening");
    const onText = await createComment(official, { compactId, body: "Förtydliga.", scope: "text", ...anchors(), quote: "hello", sectionTitle: "Syfte" });
    await createComment(civil, { compactId, body: "Hela avsnittet behövs.", scope: "section", ...anchors(), quote: "Syfte", sectionTitle: "Syfte" });
    await createComment(civil, { compactId, body: "Bra helhet, se https://example.se", scope: "compact" });
    await createComment(civil, { compactId, body: "Håller med.", parentId: onText.id });
    const politician = await demoActor("politiker");
    const view = await getCompactComments(politician, compactId);
    const comment = view.comments.find((c) => c.id === onText.id)!;
    expect(comment).toMatchObject({ sector: "public", organisation: "Kultur- och fritidsförvaltningen", quote: "hello", section: "Syfte" });
    expect(comment.replies.map((r) => [r.body, r.sector])).toEqual([["Håller med.", "civil"]]);
    expect(view.may.comment).toBe(false);
    expect(view.balance.find((b) => b.section === "Syfte")).toMatchObject({ counts: { public: 1, civil: 1 }, oneSided: null });
    expect(await getDb().comment.count({ where: { compactId } })).toBe(4);
  });

  it("refuses empty, oversized and unanchored comments, and outsiders outside a round", async () => {
    const compactId = await demoCompactId();
    const official = await demoActor("tjansteperson");
    expect((await refusal(createComment(official, { compactId, body: "   ", scope: "compact" }))).fieldErrors.body).toEqual(["comments.errors.empty"]);
    expect((await refusal(createComment(official, { compactId, body: "x".repeat(5001), scope: "compact" }))).fieldErrors.body).toEqual(["comments.errors.tooLong"]);
    expect((await refusal(createComment(official, { compactId, body: "x", scope: "text" }))).fieldErrors.anchorStart).toEqual(["comments.errors.badAnchor"]);
    expect((await refusal(createComment(official, { compactId, body: "x", scope: "text", anchorStart: "<script>", anchorEnd: "AA==" }))).status).toBe(422);
    const politician = await demoActor("politiker");
    expect((await refusal(createComment(politician, { compactId, body: "Jag tycker", scope: "compact" }))).status).toBe(403);
    const admin = await demoActor("admin");
    expect((await refusal(createComment(admin, { compactId, body: "Jag tycker", scope: "compact" }))).status).toBe(403);
  });

  it("edits only one's own comment within the window, withdraws without deleting, resolves and reopens", async () => {
    const compactId = await demoCompactId();
    const official = await demoActor("tjansteperson");
    const civil = await demoActor("forening");
    const { id } = await createComment(civil, { compactId, body: "Första", scope: "compact" });
    await editComment(civil, { commentId: id, body: "Rättad" });
    expect((await refusal(editComment(official, { commentId: id, body: "Kapad" }))).status).toBe(403);
    const late = inDays(0, new Date(Date.now() + EDIT_WINDOW_MS + 60_000));
    expect((await refusal(editComment(civil, { commentId: id, body: "Sent" }, late))).messageKey).toBe("comments.errors.editWindowPassed");
    await resolveComment(official, { commentId: id, resolved: "true" });
    let view = (await getCompactComments(civil, compactId)).comments.find((c) => c.id === id)!;
    expect(view).toMatchObject({ body: "Rättad", edited: true, status: "resolved" });
    await resolveComment(official, { commentId: id, resolved: "false" });
    await withdrawComment(civil, { commentId: id });
    view = (await getCompactComments(civil, compactId)).comments.find((c) => c.id === id)!;
    expect(view).toMatchObject({ status: "withdrawn", body: "" });
    expect(await getDb().comment.findUnique({ where: { id } })).toMatchObject({ body: "Rättad", status: "withdrawn" });
    expect((await refusal(editComment(civil, { commentId: id, body: "Igen" }))).messageKey).toBe("comments.errors.withdrawn");
  });

  it("makes a comment joint once both sectors signed, and refuses signing twice", async () => {
    const compactId = await demoCompactId();
    const civil = await demoActor("forening");
    const official = await demoActor("tjansteperson");
    const { id } = await createComment(civil, { compactId, body: "Vi står bakom en årlig dialog.", scope: "compact", joint: "on" });
    let view = (await getCompactComments(official, compactId)).comments.find((c) => c.id === id)!;
    expect(view).toMatchObject({ jointProposal: true, joint: false, missingSectors: ["public"] });
    expect(view.may.sign).toBe(true);
    expect(await signComment(official, { commentId: id })).toEqual({ joint: true });
    expect((await refusal(signComment(official, { commentId: id }))).messageKey).toBe("comments.errors.alreadySigned");
    view = (await getCompactComments(official, compactId)).comments.find((c) => c.id === id)!;
    expect(view.signatures.map((s) => [s.organisation, s.sector])).toEqual([
      ["Föreningen Grannstöd", "civil"],
      ["Kultur- och fritidsförvaltningen", "public"],
    ]);
    expect(await withdrawSignature(official, { commentId: id })).toEqual({ joint: false });
    expect((await refusal(withdrawSignature(official, { commentId: id }))).messageKey).toBe("comments.errors.notSigned");
    const plain = await createComment(civil, { compactId, body: "Inte gemensam", scope: "compact" });
    expect((await refusal(signComment(official, { commentId: plain.id }))).messageKey).toBe("comments.errors.notJoint");
  });

  it("runs a comment round: invited organisations comment, it closes, comments turn read-only, the group answers, and the report and participation follow", async () => {
    const compactId = await demoCompactId();
    const official = await demoActor("tjansteperson");
    const civil = await demoActor("forening");
    const politician = await demoActor("politiker");
    const politicianOrg = politician.organisationId;
    expect((await refusal(openCommentRound(civil, { compactId, endsAt: inDays(7).toISOString(), audience: "municipality" }))).status).toBe(403);
    expect((await refusal(openCommentRound(official, { compactId, endsAt: inDays(-1).toISOString(), audience: "municipality" }))).fieldErrors.endsAt).toEqual(["comments.errors.endInPast"]);
    expect((await refusal(openCommentRound(official, { compactId, endsAt: inDays(7).toISOString(), audience: "organisations" }))).fieldErrors.organisationIds).toEqual(["comments.errors.noOrganisations"]);
    const { id: roundId } = await openCommentRound(official, { compactId, endsAt: inDays(7).toISOString(), audience: "organisations", organisationIds: politicianOrg });
    expect((await refusal(openCommentRound(official, { compactId, endsAt: inDays(7).toISOString(), audience: "municipality" }))).messageKey).toBe("comments.errors.roundAlreadyOpen");

    const fromPolitician = await createComment(politician, { compactId, body: "Lägg till budget.", scope: "section", ...anchors(), quote: "Syfte", sectionTitle: "Syfte" });
    const fromCivil = await createComment(civil, { compactId, body: "Fler mötesplatser.", scope: "compact" });
    const joint = await createComment(civil, { compactId, body: "Gemensamt: uppföljning varje år.", scope: "compact", joint: "true" });
    await signComment(official, { commentId: joint.id });
    expect((await refusal(respondToComment(official, { commentId: fromCivil.id, outcome: "accepted", motivation: "Ja" }))).messageKey).toBe("comments.errors.roundStillOpen");
    expect((await getConsultationReports(official, compactId, 1)).some((r) => r.roundId === roundId)).toBe(false);

    await closeCommentRound(official, { roundId });
    expect((await refusal(closeCommentRound(official, { roundId }))).messageKey).toBe("comments.errors.roundClosed");
    expect((await refusal(signComment(politician, { commentId: joint.id }))).messageKey).toBe("comments.errors.roundClosed");
    expect((await refusal(createComment(politician, { compactId, body: "För sent", scope: "compact" }))).status).toBe(403);
    expect((await refusal(createComment(official, { compactId, body: "Svar", parentId: fromCivil.id }))).messageKey).toBe("comments.errors.roundClosed");
    expect((await refusal(respondToComment(politician, { commentId: fromCivil.id, outcome: "accepted", motivation: "Ja" }))).status).toBe(403);
    expect((await refusal(respondToComment(official, { commentId: fromCivil.id, outcome: "maybe", motivation: "Ja" }))).fieldErrors.outcome).toEqual(["comments.errors.badOutcome"]);

    await respondToComment(official, { commentId: fromCivil.id, outcome: "partly_accepted", motivation: "Två nya mötesplatser." });
    await respondToComment(civil, { commentId: fromPolitician.id, outcome: "not_accepted", motivation: "Budgeten beslutas separat." });
    const [report] = await getConsultationReports(official, compactId, 1);
    expect(report!.roundId).toBe(roundId);
    expect(report!.totals).toMatchObject({ total: 3, bySector: { public: 1, civil: 2 } });
    expect(report!.totals.byOutcome).toMatchObject({ partly_accepted: 1, not_accepted: 1, unanswered: 1 });
    expect(report!.sections.map((s) => s.section)).toEqual(["Syfte", ""]);
    expect(report!.sections[1]!.items.find((i) => i.id === joint.id)).toMatchObject({ joint: true });
    expect(await getConsultationReports(null, compactId, 1)).toEqual([]);

    const entry = await getDb().participationEntry.findFirstOrThrow({ where: { compactId, source: "comment_round" } });
    expect(entry).toMatchObject({ level: "consultation", publicCount: 2, civilCount: 1 });
    const audit = await getDb().auditEvent.findMany({ where: { entityId: roundId }, select: { action: true } });
    expect(audit.map((a) => a.action).sort()).toEqual(["comment.roundClosed", "comment.roundOpened"]);
  });

  it("closes a round by its end date (time as a parameter) and settles it on the first answer", async () => {
    const compactId = await demoCompactId();
    const official = await demoActor("tjansteperson");
    const civil = await demoActor("forening");
    const { id: roundId } = await openCommentRound(official, { compactId, endsAt: inDays(2).toISOString(), audience: "drafting_group" });
    const { id } = await createComment(civil, { compactId, body: "Inom rundan", scope: "compact" });
    const later = inDays(3);
    expect((await refusal(editComment(civil, { commentId: id, body: "Ändrad" }, later))).messageKey).toBe("comments.errors.roundClosed");
    await respondToComment(official, { commentId: id, outcome: "noted", motivation: "Noterat." }, later);
    const round = await getDb().commentRound.findUniqueOrThrow({ where: { id: roundId } });
    expect(round.participationEntryId).not.toBeNull();
    expect(round.closedAt!.getTime()).toBeLessThanOrEqual(inDays(2).getTime());
  });
});

describe("comments in the database", () => {
  it("cannot be deleted, not even outside the app", async () => {
    const compactId = await demoCompactId();
    const { id } = await createComment(await demoActor("tjansteperson"), { compactId, body: "Står kvar", scope: "compact" });
    await expect(getDb().comment.delete({ where: { id } })).rejects.toThrow();
    expect(await getDb().comment.count({ where: { id } })).toBe(1);
  });
});

describe("who sees comments and reports", () => {
  it("keeps another municipality out, and gives the public the reports only once the version has gone to decision", async () => {
    const compactId = await demoCompactId();
    const official = await demoActor("tjansteperson");
    const elsewhere = await getDb().municipality.create({
      data: { slug: "annanstad-kommentarer", name: "Annanstad", organisations: { create: { name: "Annanstads förvaltning", sector: "public", kind: "committee" } } },
      include: { organisations: true },
    });
    const stranger = { ...official, municipalityId: elsewhere.id, organisationId: elsewhere.organisations[0]!.id };
    expect((await refusal(getCompactComments(stranger, compactId))).status).toBe(404);
    expect((await refusal(createComment(stranger, { compactId, body: "Hej", scope: "compact" }))).status).toBe(404);
    expect(
      (await refusal(openCommentRound(official, { compactId, endsAt: inDays(3).toISOString(), audience: "organisations", organisationIds: elsewhere.organisations[0]!.id }))).fieldErrors
        .organisationIds,
    ).toEqual(["comments.errors.noOrganisations"]);
    // A closed round exists from the tests above; readers of the municipality get its report.
    expect((await getConsultationReports(official, compactId, 1)).length).toBeGreaterThan(0);
    expect(await getConsultationReports(stranger, compactId, 1)).toEqual([]);
    expect(await getConsultationReports(null, compactId, 1)).toEqual([]);
    await getDb().compact.update({ where: { id: compactId }, data: { stage: "decision" } });
    try {
      // Sent for decision but never published: still nothing for the public.
      expect(await getConsultationReports(null, compactId, 1)).toEqual([]);
      const compact = await getDb().compact.findUniqueOrThrow({ where: { id: compactId } });
      await getDb().publication.create({
        data: { compactId, municipalityId: compact.municipalityId, compactSlug: compact.slug, versionNumber: 1, fingerprint: "f".repeat(64), kind: "consultation", title: compact.title, content: { type: "doc", content: [] }, publishedById: official!.userId },
      });
      expect((await getConsultationReports(null, compactId, 1)).length).toBeGreaterThan(0);
    } finally {
      await getDb().compact.update({ where: { id: compactId }, data: { stage: "agenda" } });
    }
  });
});
