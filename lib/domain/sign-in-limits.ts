/**
 * How many failed sign-ins are tolerated before further attempts are refused for a while. Counted per
 * account (guessing one person's password) and per network address (trying many accounts).
 */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export type RecentFailures = { account: number; address: number };

/** True when a new attempt must be refused, given the failures within the window. */
export function isSignInBlocked(failures: RecentFailures): boolean {
  return failures.account >= MAX_FAILURES_PER_ACCOUNT || failures.address >= MAX_FAILURES_PER_ADDRESS;
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
export function isResetBlocked(requests: RecentFailures): boolean {
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
