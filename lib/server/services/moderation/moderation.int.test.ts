import { describe, expect, it } from "vitest";
import { getDb } from "../../db";
import { getCompactComments, getConsultationReports } from "../../queries/comments";
import { listOpenReports } from "../../queries/moderation";
import { countUnreadNotifications, listNotifications } from "../../queries/notifications";
import { demoActor, demoCompactId, refusal, withDemoDatabase } from "../../testing/integration";
import { createComment } from "../comments/create-comment";
import { respondToComment } from "../comments/respond-to-comment";
import { closeCommentRound } from "@/lib/server/services/comments/close-comment-round";
import { openCommentRound } from "@/lib/server/services/comments/open-comment-round";
import { markAllNotificationsRead } from "@/lib/server/services/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/server/services/notifications/mark-notification-read";
import { dismissReport } from "@/lib/server/services/moderation/dismiss-report";
import { hideComment } from "./hide-comment";
import { reportComment } from "./report-comment";

withDemoDatabase();

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

/** The ids of every notification so far, to tell the next ones apart. */
async function mark(): Promise<Set<string>> {
  return new Set((await getDb().notification.findMany({ select: { id: true } })).map((n) => n.id));
}

/** The notifications written after `mark()`, as [recipient e-mail's local part, kind], sorted. */
async function notificationsSince(before: Set<string>): Promise<[string, string][]> {
  const rows = (await getDb().notification.findMany()).filter((r) => !before.has(r.id));
  const users = await getDb().user.findMany({ where: { id: { in: rows.map((r) => r.recipientId) } }, select: { id: true, email: true } });
  const email = new Map(users.map((u) => [u.id, u.email.split("@")[0]!]));
  return rows.map((r): [string, string] => [email.get(r.recipientId)!, r.kind]).sort((a, b) => a.join().localeCompare(b.join()));
}

describe("reporting and hiding comments", () => {
  it("lets a reader report a comment once, with a reason, and refuses a second report clearly", async () => {
    const compactId = await demoCompactId();
    const civil = await demoActor("forening");
    const politician = await demoActor("politiker");
    const { id } = await createComment(civil, { compactId, body: "Något olämpligt", scope: "compact" });
    expect((await refusal(reportComment(politician, { commentId: id, reason: " " }))).fieldErrors.reason).toEqual(["moderation.errors.reasonTooShort"]);
    expect((await refusal(reportComment(politician, { commentId: id, reason: "x".repeat(501) }))).fieldErrors.reason).toEqual(["moderation.errors.reasonTooLong"]);
    expect((await refusal(reportComment(null, { commentId: id, reason: "Kränkande" }))).status).toBe(401);
    await reportComment(politician, { commentId: id, reason: "Kränkande ton" });
    const again = await refusal(reportComment(politician, { commentId: id, reason: "Fortfarande kränkande" }));
    expect(again.status).toBe(409);
    expect(again.messageKey).toBe("moderation.errors.alreadyReported");
    expect(await getDb().commentReport.count({ where: { commentId: id } })).toBe(1);
    const audit = await getDb().auditEvent.findMany({ where: { entityId: id, action: "comment.reported" } });
    expect(audit).toHaveLength(1);

    // The reader sees that they reported it, and may not report it again; the author may not report their own.
    const asPolitician = (await getCompactComments(politician, compactId)).comments.find((c) => c.id === id)!;
    expect(asPolitician).toMatchObject({ reported: true, may: { report: false } });
    const asAuthor = (await getCompactComments(civil, compactId)).comments.find((c) => c.id === id)!;
    expect(asAuthor.may.report).toBe(false);
    const asOfficial = (await getCompactComments(await demoActor("tjansteperson"), compactId)).comments.find((c) => c.id === id)!;
    expect(asOfficial).toMatchObject({ reported: false, may: { report: true } });
  });

  it("keeps other municipalities out of reporting and moderating", async () => {
    const compactId = await demoCompactId();
    const { id } = await createComment(await demoActor("forening"), { compactId, body: "Hej", scope: "compact" });
    const admin = await demoActor("admin");
    const elsewhere = await getDb().municipality.create({
      data: { slug: "annanstad-moderering", name: "Annanstad", organisations: { create: { name: "Annanstads kansli", sector: "public", kind: "committee" } } },
      include: { organisations: true },
    });
    const strangerAdmin = { ...admin, municipalityId: elsewhere.id, organisationId: elsewhere.organisations[0]!.id };
    expect((await refusal(reportComment(strangerAdmin, { commentId: id, reason: "Olämpligt" }))).status).toBe(404);
    expect((await refusal(hideComment(strangerAdmin, { commentId: id, reason: "Olämpligt" }))).status).toBe(403);
    expect(await listOpenReports(strangerAdmin)).toEqual([]);
  });

  it("lets only an admin hide a comment; hiding writes a moderation row, the audit event and the author's notification", async () => {
    const compactId = await demoCompactId();
    const civil = await demoActor("forening");
    const official = await demoActor("tjansteperson");
    const politician = await demoActor("politiker");
    const admin = await demoActor("admin");
    const { id } = await createComment(civil, { compactId, body: "Personangrepp på en tjänsteperson", scope: "compact" });
    await reportComment(official, { commentId: id, reason: "Personangrepp" });
    await reportComment(politician, { commentId: id, reason: "Hör inte hit" });
    const open = (await listOpenReports(admin)).find((r) => r.commentId === id)!;
    expect(open).toMatchObject({ body: "Personangrepp på en tjänsteperson", author: "Farid Haddad", organisation: "Föreningen Grannstöd", sector: "civil", hidden: null });
    expect(open.reports.map((r) => r.reason).sort()).toEqual(["Hör inte hit", "Personangrepp"]);
    expect((await refusal(listOpenReports(official))).status).toBe(403);

    for (const actor of [official, civil, politician]) {
      expect((await refusal(hideComment(actor, { commentId: id, reason: "Personangrepp" }))).status).toBe(403);
    }
    expect((await refusal(hideComment(admin, { commentId: id, reason: "" }))).fieldErrors.reason).toEqual(["moderation.errors.reasonTooShort"]);
    expect(await getDb().commentModeration.count({ where: { commentId: id } })).toBe(0);

    const since = await mark();
    const outboxBefore = await getDb().outboxMessage.count();
    await hideComment(admin, { commentId: id, reason: "Personangrepp är inte tillåtna" });
    expect((await refusal(hideComment(admin, { commentId: id, reason: "Igen" }))).messageKey).toBe("moderation.errors.alreadyHidden");
    expect(await getDb().commentModeration.findUniqueOrThrow({ where: { commentId: id } })).toMatchObject({ reason: "Personangrepp är inte tillåtna", hiddenById: admin.userId });
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: id, action: "comment.hidden" } });
    expect(audit).toMatchObject({ actorId: admin.userId, compactId });
    expect(audit.after).toMatchObject({ reason: "Personangrepp är inte tillåtna", reportsClosed: 2 });
    expect(await notificationsSince(since)).toEqual([["forening", "commentHidden"]]);
    // Without SMTP_URL notifications stay in the app: nothing is queued for mail.
    expect(await getDb().outboxMessage.count()).toBe(outboxBefore);
    // The reports are closed, so the comment leaves the moderation list.
    expect((await listOpenReports(admin)).some((r) => r.commentId === id)).toBe(false);
    // Nothing was changed or deleted: the comment row is as written, and the hiding cannot be undone outside the app.
    expect(await getDb().comment.findUniqueOrThrow({ where: { id } })).toMatchObject({ body: "Personangrepp på en tjänsteperson", status: "open" });
    await expect(getDb().commentModeration.deleteMany({ where: { commentId: id } })).rejects.toThrow();
    await expect(getDb().commentModeration.updateMany({ where: { commentId: id }, data: { reason: "ändrat" } })).rejects.toThrow();

    const [note] = await listNotifications(civil);
    expect(note).toMatchObject({ kind: "commentHidden", reason: "Personangrepp är inte tillåtna", actorName: "Alva Admin", read: false, href: `/compacts/${compactId}#comment-${id}` });
  });

  it("does not return a hidden comment's text to anyone but its author, and leaves it out of the figures", async () => {
    const compactId = await demoCompactId();
    const civil = await demoActor("idrott");
    const admin = await demoActor("admin");
    const { id } = await createComment(civil, { compactId, body: "Hemlig text som döljs", scope: "section", anchorStart: "AAA=", anchorEnd: "AAE=", quote: "Q", sectionTitle: "Dolt avsnitt" });
    await hideComment(admin, { commentId: id, reason: "Olämpligt" });
    for (const reader of [await demoActor("tjansteperson"), await demoActor("politiker"), await demoActor("forening"), admin]) {
      const view = await getCompactComments(reader, compactId);
      const comment = view.comments.find((c) => c.id === id)!;
      expect(comment).toMatchObject({ body: "", hidden: { reason: "Olämpligt" }, may: { report: false } });
      expect(JSON.stringify(view)).not.toContain("Hemlig text som döljs");
      expect(view.balance.some((b) => b.section === "Dolt avsnitt")).toBe(false);
    }
    const own = (await getCompactComments(civil, compactId)).comments.find((c) => c.id === id)!;
    expect(own).toMatchObject({ body: "Hemlig text som döljs", hidden: { reason: "Olämpligt" } });
  });

  it("leaves a hidden comment out of the consultation report", async () => {
    const compactId = await demoCompactId();
    const official = await demoActor("tjansteperson");
    const civil = await demoActor("forening");
    const { id: roundId } = await openCommentRound(official, { compactId, endsAt: inDays(5).toISOString(), audience: "drafting_group" });
    const kept = await createComment(civil, { compactId, body: "Behåll mig", scope: "compact" });
    const hidden = await createComment(civil, { compactId, body: "Dölj mig", scope: "compact" });
    await hideComment(await demoActor("admin"), { commentId: hidden.id, reason: "Spam" });
    await closeCommentRound(official, { roundId });
    await respondToComment(official, { commentId: kept.id, outcome: "noted", motivation: "Noterat." });
    const report = (await getConsultationReports(official, compactId, 1)).find((r) => r.roundId === roundId)!;
    const ids = report.sections.flatMap((s) => s.items.map((i) => i.id));
    expect(ids).toEqual([kept.id]);
    expect(report.totals.total).toBe(1);
  });

  it("lets an admin dismiss a report, once", async () => {
    const compactId = await demoCompactId();
    const { id } = await createComment(await demoActor("forening"), { compactId, body: "Helt okej", scope: "compact" });
    const { id: reportId } = await reportComment(await demoActor("politiker"), { commentId: id, reason: "Misstag" });
    expect((await refusal(dismissReport(await demoActor("tjansteperson"), { reportId }))).status).toBe(403);
    await dismissReport(await demoActor("admin"), { reportId });
    expect((await refusal(dismissReport(await demoActor("admin"), { reportId }))).messageKey).toBe("moderation.errors.alreadyHandled");
    expect(await getDb().commentReport.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({ resolution: "dismissed" });
    expect(await getDb().commentModeration.count({ where: { commentId: id } })).toBe(0);
    expect(await getDb().auditEvent.count({ where: { entityId: id, action: "comment.reportDismissed" } })).toBe(1);
  });
});

describe("notifications", () => {
  it("tells the author and the thread about a reply, never the one who replied", async () => {
    const compactId = await demoCompactId();
    const civil = await demoActor("forening");
    const sport = await demoActor("idrott");
    const official = await demoActor("tjansteperson");
    const { id } = await createComment(civil, { compactId, body: "Första", scope: "compact" });
    let since = await mark();
    await createComment(sport, { compactId, body: "Svar ett", parentId: id });
    expect(await notificationsSince(since)).toEqual([["forening", "reply"]]);
    since = await mark();
    await createComment(official, { compactId, body: "Svar två", parentId: id });
    expect(await notificationsSince(since)).toEqual([["forening", "reply"], ["idrott", "threadReply"]]);
    since = await mark();
    await createComment(civil, { compactId, body: "Författaren svarar", parentId: id });
    expect(await notificationsSince(since)).toEqual([["idrott", "threadReply"], ["tjansteperson", "threadReply"]]);
    // A comment that is not a reply or joint tells nobody.
    since = await mark();
    await createComment(civil, { compactId, body: "Ensam", scope: "compact" });
    expect(await notificationsSince(since)).toEqual([]);
  });

  it("asks the other sector's members who may sign a joint comment to sign it", async () => {
    const compactId = await demoCompactId();
    let since = await mark();
    // Outside a round, only the drafting group signs: the official, not the politician or the admin.
    await createComment(await demoActor("forening"), { compactId, body: "Gemensamt förslag", scope: "compact", joint: "on" });
    expect(await notificationsSince(since)).toEqual([["tjansteperson", "signRequest"]]);
    since = await mark();
    await createComment(await demoActor("tjansteperson"), { compactId, body: "Gemensamt från kommunen", scope: "compact", joint: "on" });
    expect(await notificationsSince(since)).toEqual([["forening", "signRequest"], ["idrott", "signRequest"]]);
  });

  it("tells a round's audience when it opens and closes, and a joint comment in it reaches the round's audience", async () => {
    const compactId = await demoCompactId();
    const official = await demoActor("tjansteperson");
    let since = await mark();
    const { id: roundId } = await openCommentRound(official, { compactId, endsAt: inDays(5).toISOString(), audience: "municipality" });
    expect(await notificationsSince(since)).toEqual([["forening", "roundOpened"], ["idrott", "roundOpened"], ["politiker", "roundOpened"]]);
    since = await mark();
    await createComment(await demoActor("idrott"), { compactId, body: "Gemensamt i rundan", scope: "compact", joint: "on" });
    expect(await notificationsSince(since)).toEqual([["politiker", "signRequest"], ["tjansteperson", "signRequest"]]);
    since = await mark();
    await closeCommentRound(official, { roundId });
    expect(await notificationsSince(since)).toEqual([["forening", "roundClosed"], ["idrott", "roundClosed"], ["politiker", "roundClosed"]]);

    since = await mark();
    await openCommentRound(official, { compactId, endsAt: inDays(5).toISOString(), audience: "drafting_group" });
    expect(await notificationsSince(since)).toEqual([["forening", "roundOpened"], ["idrott", "roundOpened"]]);
  });

  it("lists the user's own notifications newest first, and marks only their own read", async () => {
    const civil = await demoActor("forening");
    const sport = await demoActor("idrott");
    const mine = await listNotifications(civil);
    expect(mine.length).toBeGreaterThan(3);
    expect(mine.map((n) => n.createdAt)).toEqual([...mine.map((n) => n.createdAt)].sort().reverse());
    expect(mine.every((n) => n.compactTitle.startsWith("Överenskommelse mellan Sjöberga"))).toBe(true);
    const unread = await countUnreadNotifications(civil);
    expect(unread).toBe(mine.filter((n) => !n.read).length);

    const first = mine.find((n) => !n.read)!;
    expect((await refusal(markNotificationRead(sport, { notificationId: first.id }))).status).toBe(404);
    expect(await countUnreadNotifications(civil)).toBe(unread);
    await markNotificationRead(civil, { notificationId: first.id });
    await markNotificationRead(civil, { notificationId: first.id });
    expect(await countUnreadNotifications(civil)).toBe(unread - 1);

    const sportUnread = await countUnreadNotifications(sport);
    expect(sportUnread).toBeGreaterThan(0);
    await markAllNotificationsRead(civil);
    expect(await countUnreadNotifications(civil)).toBe(0);
    expect(await countUnreadNotifications(sport)).toBe(sportUnread);
    expect((await refusal(markAllNotificationsRead(null))).status).toBe(401);
  });
});
