import { AppError } from "@/lib/domain/errors";
import {
  ACCOUNT_FAILURE_MEMORY_MS,
  SIGN_IN_WINDOW_MS,
  accountKey,
  addressKey,
  signInRetryAt,
  type SignInHistory,
} from "@/lib/domain/sign-in-limits";
import { signInSchema } from "@/lib/validation/auth";
import { getDb } from "../../db";
import { verifyPassword } from "../../password";

/** Fails the same way for an unknown account, a wrong password and a deactivated account. */
const INVALID_CREDENTIALS = "errors.signIn.invalid";
const RATE_LIMITED = "errors.signIn.rateLimited";

type Db = ReturnType<typeof getDb>;

/**
 * Checks credentials for sign-in, counting failures per account and per address in the database so
 * the limits hold across app instances. Returns the user's id and session version (for the session
 * token), or throws an AppError.
 *
 * The attempt is recorded as a failure before anything is counted, and only then are the other
 * attempts counted (those still being checked included). Of any number of concurrent guesses, the
 * k-th one recorded sees at least k - 1 others, so no more than the limit ever reach the password
 * check. A refused attempt is taken back out, so hammering a locked account does not extend its wait.
 */
export async function verifySignIn(input: unknown, address: string, now = new Date()): Promise<{ id: string; sessionVersion: number }> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid", INVALID_CREDENTIALS);
  const { email, password } = parsed.data;
  const db = getDb();
  const keys = { account: accountKey(email), address: addressKey(address) };
  const mine = await db.$transaction([
    db.loginAttempt.create({ data: { key: keys.account, success: false, createdAt: now }, select: { id: true } }),
    db.loginAttempt.create({ data: { key: keys.address, success: false, createdAt: now }, select: { id: true } }),
  ]);
  const ids = mine.map((row) => row.id);

  const retryAt = signInRetryAt(await history(db, keys, ids, now), now);
  if (retryAt) {
    await db.loginAttempt.deleteMany({ where: { id: { in: ids } } });
    throw new AppError("rate_limited", RATE_LIMITED);
  }

  const user = await db.user.findUnique({ where: { email } });
  // The hash is checked whatever the account's state (a dummy one when there is none), so an unknown
  // or deactivated account takes as long to refuse as a wrong password.
  const passwordMatches = await verifyPassword(password, user?.active ? user.passwordHash : null);
  const ok = !!user && user.active && passwordMatches;
  if (!ok || !user) throw new AppError("invalid", INVALID_CREDENTIALS);
  await db.loginAttempt.updateMany({ where: { id: { in: ids } }, data: { success: true } });
  return { id: user.id, sessionVersion: user.sessionVersion };
}

/** The failures other than this attempt's own rows: the account's since its last success, the address' in the window. */
async function history(db: Db, keys: { account: string; address: string }, ids: string[], now: Date): Promise<SignInHistory> {
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { key: keys.account, success: true, createdAt: { gt: new Date(now.getTime() - ACCOUNT_FAILURE_MEMORY_MS) } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const accountSince = lastSuccess?.createdAt ?? new Date(now.getTime() - ACCOUNT_FAILURE_MEMORY_MS);
  const [account, addressFailures] = await Promise.all([
    db.loginAttempt.aggregate({
      where: { key: keys.account, success: false, createdAt: { gt: accountSince }, id: { notIn: ids } },
      _count: { _all: true },
      _max: { createdAt: true },
    }),
    db.loginAttempt.aggregate({
      where: { key: keys.address, success: false, createdAt: { gt: new Date(now.getTime() - SIGN_IN_WINDOW_MS) }, id: { notIn: ids } },
      _count: { _all: true },
      _min: { createdAt: true },
    }),
  ]);
  return {
    accountFailures: account._count._all,
    lastAccountFailure: account._max.createdAt,
    addressFailures: addressFailures._count._all,
    oldestAddressFailure: addressFailures._min.createdAt,
  };
}
