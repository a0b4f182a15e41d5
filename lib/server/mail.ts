import { getDb } from "./db";
import { getEnv } from "./env";

export type Mail = { to: string; subject: string; body: string; link?: string };

/**
 * Sends a mail. Every message is kept in the outbox; with SMTP_URL set it is also mailed. Without a
 * mail server the admin passes links on from the outbox page, and the link is written to the server log.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const env = getEnv();
  const db = getDb();
  const message = await db.outboxMessage.create({
    data: { to: mail.to, subject: mail.subject, body: mail.body, link: mail.link ?? null },
  });
  if (!env.SMTP_URL) {
    console.info(`[outbox] to=${mail.to} subject="${mail.subject}"${mail.link ? ` link=${mail.link}` : ""}`);
    return;
  }
  try {
    const nodemailer = await import("nodemailer");
    const transport = nodemailer.createTransport(env.SMTP_URL);
    await transport.sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.body });
    await db.outboxMessage.update({ where: { id: message.id }, data: { sentAt: new Date() } });
  } catch (error) {
    // The message stays in the outbox unsent; an admin can pass the link on by hand.
    console.error("[mail] sending failed", error);
  }
}
