import { getDb } from "./db";
import { getEnv } from "./env";

export type Mail = {
  /** The municipality the message belongs to: only its admins see it in the outbox. */
  municipalityId: string | null;
  to: string;
  subject: string;
  body: string;
  link?: string;
  /**
   * The link is a one-time secret (invitation, password reset, survey). With SMTP_URL set it is mailed
   * but never stored: the outbox keeps only that a link was sent, and the body without it.
   */
  secretLink?: boolean;
};

/** What stands in the stored body where a withheld link was. */
export const WITHHELD_LINK = "[…]";

/**
 * Sends a mail. Every message is kept in the outbox of its municipality; with SMTP_URL set it is also
 * mailed, and a one-time link in it is not kept. Without a mail server the admin passes links on from
 * the outbox page (the demo's convenience). Neither links nor addresses are written to the server log.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const env = getEnv();
  const db = getDb();
  const withhold = !!env.SMTP_URL && !!mail.secretLink && !!mail.link;
  const message = await db.outboxMessage.create({
    data: {
      municipalityId: mail.municipalityId,
      to: mail.to,
      subject: mail.subject,
      body: withhold ? mail.body.split(mail.link!).join(WITHHELD_LINK) : mail.body,
      link: withhold ? null : (mail.link ?? null),
      linkWithheld: withhold,
    },
  });
  if (!env.SMTP_URL) {
    console.info(`[outbox] 1 message queued for municipality ${mail.municipalityId ?? "-"} (no SMTP_URL: not mailed)`);
    return;
  }
  try {
    const nodemailer = await import("nodemailer");
    const transport = nodemailer.createTransport(env.SMTP_URL);
    await transport.sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.body });
    await db.outboxMessage.update({ where: { id: message.id }, data: { sentAt: new Date() } });
  } catch (error) {
    // The message stays in the outbox unsent. The error is not logged as it is: an SMTP answer may
    // quote the recipient's address.
    const code = (error as { code?: unknown; responseCode?: unknown } | null) ?? {};
    console.error(`[mail] sending failed for municipality ${mail.municipalityId ?? "-"}: ${String(code.code ?? code.responseCode ?? "unknown error")}`);
  }
}
