/**
 * Failed sign-ins are limited per account (guessing one person's password) and per network address
 * (trying many accounts). Per account, the first failures are free; after that each further attempt
 * has to wait twice as long as the one before, measured from the last failure and capped, so nobody
 * can lock another person out for long by guessing on purpose. Per address, a fixed number of
 * failures within a window is tolerated.
 */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
/** How far back failures on an account count (until a successful sign-in starts afresh). */
export const ACCOUNT_FAILURE_MEMORY_MS = 24 * 60 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_ACCOUNT_BACKOFF_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ADDRESS = 20;

/**
 * What the database knows before this attempt: the account's failures since its last successful
 * sign-in (within ACCOUNT_FAILURE_MEMORY_MS) and when the latest was, and the address' failures within
 * SIGN_IN_WINDOW_MS and when the oldest of them was.
 */
export type SignInHistory = {
  accountFailures: number;
  lastAccountFailure: Date | null;
  addressFailures: number;
  oldestAddressFailure: Date | null;
};

/** How long after the last failure the next attempt must wait, given the account's failures so far. */
export function accountBackoffMs(failures: number): number {
  if (failures < MAX_FAILURES_PER_ACCOUNT) return 0;
  const exponent = failures - MAX_FAILURES_PER_ACCOUNT;
  // 2^10 s is already past the cap; no need to compute larger powers.
  return Math.min(2 ** Math.min(exponent, 10) * 1000, MAX_ACCOUNT_BACKOFF_MS);
}

/** When a new attempt may be made, or null when one may be made now. */
export function signInRetryAt(history: SignInHistory, now: Date): Date | null {
  const times: number[] = [];
  const wait = accountBackoffMs(history.accountFailures);
  if (wait > 0) {
    const last = history.lastAccountFailure?.getTime() ?? now.getTime();
    if (now.getTime() < last + wait) times.push(last + wait);
  }
  if (history.addressFailures >= MAX_FAILURES_PER_ADDRESS) {
    const oldest = history.oldestAddressFailure?.getTime() ?? now.getTime();
    times.push(Math.max(oldest + SIGN_IN_WINDOW_MS, now.getTime() + 1000));
  }
  return times.length ? new Date(Math.max(...times)) : null;
}

export function accountKey(email: string): string {
  return `account:${email.trim().toLowerCase()}`;
}

export function addressKey(address: string): string {
  return `address:${address}`;
}

/** How long one-time links stay valid. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
export const PASSWORD_RESET_LIFETIME_MS = 60 * 60 * 1000;

export type TokenState = { expiresAt: Date; usedAt: Date | null };

export type TokenStatus = "valid" | "used" | "expired" | "unknown";

/** Whether a one-time link may still be used at `now`. */
export function tokenStatus(token: TokenState | null, now: Date): TokenStatus {
  if (!token) return "unknown";
  if (token.usedAt) return "used";
  return token.expiresAt.getTime() <= now.getTime() ? "expired" : "valid";
}

/** What a one-time link is for. */
export type TokenPurpose = "invite" | "reset";

/**
 * Password-reset requests, counted in the database across app instances: per typed address (a
 * victim's inbox must not be flooded; counted whether or not the address has an account, so the limit
 * tells nothing) and per network address (one client asking for many accounts).
 */
export const RESET_WINDOW_MS = 60 * 60 * 1000;
export const MAX_RESETS_PER_ACCOUNT = 3;
export const MAX_RESETS_PER_ADDRESS = 10;

/** True when a request that would be number `requests.account`/`requests.address` in the window must be refused. */
export function isResetBlocked(requests: { account: number; address: number }): boolean {
  return requests.account > MAX_RESETS_PER_ACCOUNT || requests.address > MAX_RESETS_PER_ADDRESS;
}

export function resetAccountKey(email: string): string {
  return `reset-account:${email.trim().toLowerCase()}`;
}

export function resetAddressKey(address: string): string {
  return `reset-address:${address}`;
}

/**
 * A reset request answers no sooner than this, whether or not the address has an account, so the
 * answer's timing does not tell which addresses are known (mailing the link takes time).
 */
export const RESET_RESPONSE_FLOOR_MS = 600;
