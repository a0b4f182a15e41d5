import { AppError } from "@/lib/domain/errors";
import {
  SIGN_IN_WINDOW_MS,
  accountKey,
  addressKey,
  isSignInBlocked,
} from "@/lib/domain/sign-in-limits";
import { signInSchema } from "@/lib/validation/auth";
import { getDb } from "../../db";
import { verifyPassword } from "../../password";

/** Fails the same way for an unknown account, a wrong password and a deactivated account. */
const INVALID_CREDENTIALS = "errors.signIn.invalid";
const RATE_LIMITED = "errors.signIn.rateLimited";

/**
 * Checks credentials for sign-in, counting failures per account and per address in the database so
 * the limit holds across app instances. Returns the user id, or throws an AppError.
 */
export async function verifySignIn(input: unknown, address: string, now = new Date()): Promise<string> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid", INVALID_CREDENTIALS);
  const { email, password } = parsed.data;
  const db = getDb();
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const keys = { account: accountKey(email), address: addressKey(address) };
  const [account, addressFailures] = await Promise.all([
    db.loginAttempt.count({ where: { key: keys.account, success: false, createdAt: { gt: since } } }),
    db.loginAttempt.count({ where: { key: keys.address, success: false, createdAt: { gt: since } } }),
  ]);
  if (isSignInBlocked({ account, address: addressFailures })) throw new AppError("rate_limited", RATE_LIMITED);

  const user = await db.user.findUnique({ where: { email } });
  // The hash is checked whatever the account's state (a dummy one when there is none), so an unknown
  // or deactivated account takes as long to refuse as a wrong password.
  const passwordMatches = await verifyPassword(password, user?.active ? user.passwordHash : null);
  const ok = !!user && user.active && passwordMatches;
  await db.loginAttempt.createMany({
    data: [
      { key: keys.account, success: ok, createdAt: now },
      { key: keys.address, success: ok, createdAt: now },
    ],
  });
  if (!ok || !user) throw new AppError("invalid", INVALID_CREDENTIALS);
  return user.id;
}
