import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db";
import { WITHHELD_LINK } from "../../mail";
import { demoActor, organisationId, withDemoDatabase } from "../../testing/integration";
import { startSmtpSink } from "../../testing/smtp-sink";
import { sendSurvey } from "../relations/send-survey";
import { inviteUser } from "../users/invite-user";
import { requestPasswordReset } from "./request-password-reset";

/**
 * With SMTP_URL set (a real SMTP listener on 127.0.0.1), one-time links are mailed and never stored:
 * the outbox keeps that a link was sent, and the message without it. The environment is read once per
 * process, so this file sets SMTP_URL before anything reads it.
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

/** The one-time link (under `path`) in a mail the sink received for this address. */
function mailedLink(to: string, path: string): string {
  for (const mail of sink.received.filter((m) => m.to.includes(`<${to}>`))) {
    const split = mail.data.indexOf("\n\n");
    const [headers, body] = [mail.data.slice(0, split), mail.data.slice(split + 2)];
    const text = /transfer-encoding:\s*base64/i.test(headers)
      ? Buffer.from(body.replace(/\s/g, ""), "base64").toString("utf8")
      : body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    const link = text.match(new RegExp(`https?://\\S+/${path}/[A-Za-z0-9_-]+`))?.[0];
    if (link) return link;
  }
  throw new Error(`no ${path} link mailed to ${to}`);
}

describe("one-time links with SMTP_URL set", () => {
  it("mails invitation, reset and survey links but stores none of them, nor their tokens", async () => {
    const admin = await demoActor("admin");
    const { link: invitation } = await inviteUser(admin, { email: "ny@example.se", name: "Ny Person", organisationId: await organisationId("Föreningen Grannstöd"), role: "association_rep" });
    await requestPasswordReset({ email: "forening@demo.overens.se" }, "198.51.100.7");
    await sendSurvey(await demoActor("tjansteperson"), {});

    const links = [invitation, mailedLink("ny@example.se", "invite"), mailedLink("forening@demo.overens.se", "reset-password"), mailedLink("forening@demo.overens.se", "survey")];
    const stored = await getDb().outboxMessage.findMany();
    const everything = JSON.stringify(stored);
    for (const link of links) {
      expect(everything).not.toContain(link.split("/").pop()!);
    }
    const secret = stored.filter((m) => m.to === "ny@example.se" || m.subject.match(/lösenord|Enkät/i));
    expect(secret.length).toBeGreaterThanOrEqual(3);
    for (const message of secret) {
      expect(message).toMatchObject({ link: null, linkWithheld: true });
      expect(message.sentAt).not.toBeNull();
      expect(message.body).toContain(WITHHELD_LINK);
      expect(message.municipalityId).toBe(admin.municipalityId);
    }
  });
});
