import { PASSWORD_RESET_LIFETIME_MS } from "@/lib/domain/sign-in-limits";
import { requestPasswordResetSchema } from "@/lib/validation/auth";
import { parseInput } from "@/lib/validation/common";
import { createTranslator } from "@/lib/i18n/core";
import { MESSAGES } from "@/lib/i18n/messages";
import { getDb } from "../../db";
import { getEnv } from "../../env";
import { sendMail } from "../../mail";
import { createOneTimeToken } from "../../one-time-token";

/**
 * Sends a reset link to an active account. Answers the same whether or not the address is known, so
 * the form cannot be used to find out who has an account.
 */
export async function requestPasswordReset(input: unknown, now = new Date()): Promise<void> {
  const data = parseInput(requestPasswordResetSchema, input);
  const db = getDb();
  const user = await db.user.findUnique({ where: { email: data.email } });
  if (!user || !user.active) return;
  const { token, tokenHash } = createOneTimeToken();
  await db.oneTimeToken.create({
    data: { tokenHash, purpose: "reset", userId: user.id, expiresAt: new Date(now.getTime() + PASSWORD_RESET_LIFETIME_MS) },
  });
  const t = createTranslator(MESSAGES[user.locale === "en" ? "en" : "sv"]);
  const link = `${getEnv().APP_URL}/reset-password/${token}`;
  await sendMail({
    to: user.email,
    subject: t("mail.reset.subject"),
    body: t("mail.reset.body", { name: user.name, link }),
    link,
  });
}
