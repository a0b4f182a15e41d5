import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db";
import { demoActor, withDemoDatabase } from "../../testing/integration";
import { startSmtpSink } from "../../testing/smtp-sink";
import { createComment } from "../comments/create-comment";
import { hideComment } from "../moderation/hide-comment";

/**
 * With SMTP_URL set, every notification is also mailed through the outbox and the mail server (a real
 * SMTP listener on 127.0.0.1 here). The environment is read once per process, so this file sets
 * SMTP_URL before anything reads it; the moderation tests run without it and see no mail at all.
 */
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await sink.close();
});
withDemoDatabase();

describe("notification mail when SMTP_URL is set", () => {
  it("mails each notification to its recipient, in their language, through the outbox, and nothing to the actor", async () => {
    const { id: compactId, title } = await getDb().compact.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
    const civil = await demoActor("forening");
    const sport = await demoActor("idrott");
    await getDb().user.update({ where: { id: sport.userId }, data: { locale: "en" } });
    const { id } = await createComment(civil, { compactId, body: "Första", scope: "compact" });
    const before = await getDb().outboxMessage.count();
    await createComment(sport, { compactId, body: "Svar", parentId: id });
    await createComment(await demoActor("tjansteperson"), { compactId, body: "Svar två", parentId: id });

    const outbox = (await getDb().outboxMessage.findMany({ orderBy: { createdAt: "asc" }, skip: before })).sort((a, b) => a.to.localeCompare(b.to));
    expect(outbox.map((m) => [m.to, m.subject])).toEqual([
      ["forening@demo.overens.se", `Nytt svar på din kommentar: ${title}`],
      ["forening@demo.overens.se", `Nytt svar på din kommentar: ${title}`],
      ["idrott@demo.overens.se", `New reply in a thread: ${title}`],
    ]);
    expect(outbox.every((m) => m.sentAt !== null)).toBe(true);
    expect(outbox.every((m) => m.municipalityId === civil.municipalityId && !m.linkWithheld)).toBe(true);
    expect(outbox[0]!.body).toContain("Ingrid Berg svarade på din kommentar");
    expect(outbox[0]!.link).toMatch(new RegExp(`/compacts/${compactId}#comment-${id}$`));
    expect(sink.received.map((m) => m.to).sort()).toEqual([["<forening@demo.overens.se>"], ["<forening@demo.overens.se>"], ["<idrott@demo.overens.se>"]]);

    const admin = await demoActor("admin");
    await hideComment(admin, { commentId: id, reason: "Testar" });
    const hidden = await getDb().outboxMessage.findFirstOrThrow({ where: { subject: { startsWith: "Din kommentar har dolts" } } });
    expect(hidden).toMatchObject({ to: "forening@demo.overens.se" });
    expect(await getDb().outboxMessage.count({ where: { to: "admin@demo.overens.se" } })).toBe(0);
  });
});
