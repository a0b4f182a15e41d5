import { AppError } from "@/lib/domain/errors";
import {
  PASSWORD_RESET_LIFETIME_MS,
  RESET_RESPONSE_FLOOR_MS,
  RESET_WINDOW_MS,
  isResetBlocked,
  resetAccountKey,
  resetAddressKey,
} from "@/lib/domain/sign-in-limits";
import { requestPasswordResetSchema } from "@/lib/validation/auth";
import { parseInput } from "@/lib/validation/common";
import { createTranslator } from "@/lib/i18n/core";
import { MESSAGES } from "@/lib/i18n/messages";
import { getDb } from "../../db";
import { getEnv } from "../../env";
import { sendMail } from "../../mail";
import { createOneTimeToken } from "../../one-time-token";

/**
 * Sends a reset link to an active account. Answers the same, and no sooner than a fixed time, whether
 * or not the address is known, so the form cannot be used to find out who has an account. Requests
 * are limited per typed address and per network address (in the database, across instances); a new
 * link makes the account's earlier unused reset links invalid.
 */
export async function requestPasswordReset(input: unknown, address: string, now = new Date()): Promise<void> {
  const started = performance.now();
  try {
    await request(input, address, now);
  } finally {
    const left = RESET_RESPONSE_FLOOR_MS - (performance.now() - started);
    if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
  }
}

async function request(input: unknown, address: string, now: Date): Promise<void> {
  const data = parseInput(requestPasswordResetSchema, input);
  const db = getDb();
  const keys = { account: resetAccountKey(data.email), address: resetAddressKey(address) };
  const since = new Date(now.getTime() - RESET_WINDOW_MS);
  await db.loginAttempt.createMany({
    data: [
      { key: keys.account, success: false, createdAt: now },
      { key: keys.address, success: false, createdAt: now },
    ],
  });
  const [account, fromAddress] = await Promise.all([
    db.loginAttempt.count({ where: { key: keys.account, createdAt: { gt: since } } }),
    db.loginAttempt.count({ where: { key: keys.address, createdAt: { gt: since } } }),
  ]);
  if (isResetBlocked({ account, address: fromAddress })) throw new AppError("rate_limited", "errors.reset.rateLimited");

  const user = await db.user.findUnique({
    where: { email: data.email },
    include: { memberships: { include: { organisation: { select: { municipalityId: true } } }, take: 1 } },
  });
  const known = !!user && user.active;
  // The same work for an unknown address: a token is made and the same update runs (matching nothing).
  const { token, tokenHash } = createOneTimeToken();
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET_LIFETIME_MS);
  await db.$transaction(async (tx) => {
    // Earlier unused reset links stop working: only the newest one counts.
    await tx.oneTimeToken.updateMany({
      where: { userId: known ? user.id : "", purpose: "reset", usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    if (known) await tx.oneTimeToken.create({ data: { tokenHash, purpose: "reset", userId: user.id, expiresAt } });
  });
  if (!known) return;
  const t = createTranslator(MESSAGES[user.locale === "en" ? "en" : "sv"]);
  const link = `${getEnv().APP_URL}/reset-password/${token}`;
  await sendMail({
    municipalityId: user.memberships[0]?.organisation.municipalityId ?? null,
    to: user.email,
    subject: t("mail.reset.subject"),
    body: t("mail.reset.body", { name: user.name, link }),
    link,
    secretLink: true,
  });
}
