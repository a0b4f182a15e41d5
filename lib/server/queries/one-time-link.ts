import { tokenStatus, type TokenPurpose } from "@/lib/domain/sign-in-limits";
import { getDb } from "@/lib/server/db";
import { hashToken } from "@/lib/server/one-time-token";

/** Looks up a one-time link without using it, so the page can say whether it still works. */
export async function checkToken(purpose: TokenPurpose, token: string, now = new Date()) {
  const row = await getDb().oneTimeToken.findUnique({ where: { tokenHash: hashToken(token) } });
  return tokenStatus(row && row.purpose === purpose ? row : null, now);
}
