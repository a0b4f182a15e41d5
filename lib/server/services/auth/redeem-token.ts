import { AppError } from "@/lib/domain/errors";
import { tokenStatus, type TokenPurpose } from "@/lib/domain/sign-in-limits";
import { setPasswordSchema } from "@/lib/validation/auth";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { hashToken } from "../../one-time-token";
import { hashPassword } from "../../password";

/**
 * Sets a password through an invitation or reset link. The link is used up in the same transaction,
 * and the update only matches an unused row, so two submissions of one link cannot both succeed.
 */
export async function redeemToken(purpose: TokenPurpose, input: unknown, now = new Date()): Promise<{ email: string }> {
  const data = parseInput(setPasswordSchema, input);
  const passwordHash = await hashPassword(data.password);
  const tokenHash = hashToken(data.token);
  return getDb().$transaction(async (tx) => {
    const row = await tx.oneTimeToken.findUnique({ where: { tokenHash }, include: { user: true } });
    const status = tokenStatus(row && row.purpose === purpose ? row : null, now);
    if (status !== "valid" || !row) throw new AppError("invalid", `errors.token.${status}`);
    const used = await tx.oneTimeToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (used.count !== 1) throw new AppError("invalid", "errors.token.used");
    // A new password ends every session signed in before it (a stolen cookie included).
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: row.userId,
      action: purpose === "invite" ? "user.invitationAccepted" : "user.passwordReset",
      entityType: "user",
      entityId: row.userId,
    });
    return { email: row.user.email };
  });
}
