import { describe, expect, it } from "vitest";
import {
  accountBackoffMs,
  MAX_ACCOUNT_BACKOFF_MS,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  SIGN_IN_WINDOW_MS,
  signInRetryAt,
  type SignInHistory,
} from "./sign-in-limits";

const now = new Date("2026-12-01T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const none: SignInHistory = { accountFailures: 0, lastAccountFailure: null, addressFailures: 0, oldestAddressFailure: null };

describe("accountBackoffMs", () => {
  it.each([
    [0, 0],
    [MAX_FAILURES_PER_ACCOUNT - 1, 0],
    [MAX_FAILURES_PER_ACCOUNT, 1000],
    [MAX_FAILURES_PER_ACCOUNT + 1, 2000],
    [MAX_FAILURES_PER_ACCOUNT + 2, 4000],
    [MAX_FAILURES_PER_ACCOUNT + 9, 512_000],
    [MAX_FAILURES_PER_ACCOUNT + 10, MAX_ACCOUNT_BACKOFF_MS],
    [MAX_FAILURES_PER_ACCOUNT + 1000, MAX_ACCOUNT_BACKOFF_MS],
  ])("after %i failures waits %i ms", (failures, expected) => {
    expect(accountBackoffMs(failures)).toBe(expected);
  });
  it("never waits longer than 15 minutes", () => {
    expect(MAX_ACCOUNT_BACKOFF_MS).toBe(15 * 60 * 1000);
  });
});

describe("signInRetryAt", () => {
  it("lets an attempt through with few failures", () => {
    expect(signInRetryAt(none, now)).toBeNull();
    expect(signInRetryAt({ ...none, accountFailures: MAX_FAILURES_PER_ACCOUNT - 1, lastAccountFailure: now }, now)).toBeNull();
  });
  it("measures the account's wait from its last failure", () => {
    const history = { ...none, accountFailures: MAX_FAILURES_PER_ACCOUNT + 3, lastAccountFailure: ago(5000) };
    // 2^3 s = 8 s after the last failure, which was 5 s ago.
    expect(signInRetryAt(history, now)).toEqual(new Date(now.getTime() + 3000));
    expect(signInRetryAt({ ...history, lastAccountFailure: ago(8000) }, now)).toBeNull();
  });
  it("never locks an account for more than the cap after its last failure", () => {
    const history = { ...none, accountFailures: 500, lastAccountFailure: ago(MAX_ACCOUNT_BACKOFF_MS) };
    expect(signInRetryAt(history, now)).toBeNull();
    expect(signInRetryAt({ ...history, lastAccountFailure: ago(MAX_ACCOUNT_BACKOFF_MS - 1) }, now)).toEqual(new Date(now.getTime() + 1));
  });
  it("blocks an address at its limit until its oldest failure leaves the window", () => {
    expect(signInRetryAt({ ...none, addressFailures: MAX_FAILURES_PER_ADDRESS - 1, oldestAddressFailure: ago(1000) }, now)).toBeNull();
    expect(signInRetryAt({ ...none, addressFailures: MAX_FAILURES_PER_ADDRESS, oldestAddressFailure: ago(60_000) }, now)).toEqual(
      new Date(now.getTime() - 60_000 + SIGN_IN_WINDOW_MS),
    );
  });
  it("takes the later of the two when both apply", () => {
    const history = { accountFailures: MAX_FAILURES_PER_ACCOUNT, lastAccountFailure: now, addressFailures: MAX_FAILURES_PER_ADDRESS, oldestAddressFailure: ago(0) };
    expect(signInRetryAt(history, now)).toEqual(new Date(now.getTime() + SIGN_IN_WINDOW_MS));
  });
});
