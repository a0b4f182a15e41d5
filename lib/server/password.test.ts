import { beforeEach, describe, expect, it, vi } from "vitest";

/** Counts scrypt runs (the real scrypt still does the work): a refusal must cost the same hash as a check. */
const calls = vi.hoisted(() => ({ scrypt: 0 }));
vi.mock("node:crypto", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:crypto")>();
  return {
    ...actual,
    scrypt: (...args: Parameters<typeof actual.scrypt>) => {
      calls.scrypt++;
      return (actual.scrypt as (...a: unknown[]) => void)(...args);
    },
  };
});

const { hashPassword, verifyPassword } = await import("./password");

describe("verifyPassword without a usable hash", () => {
  beforeEach(async () => {
    await verifyPassword("warm-up", null); // the dummy hash is made once, on first use
    calls.scrypt = 0;
  });

  it("runs scrypt once for a wrong password", async () => {
    const hash = await hashPassword("ett riktigt lösenord");
    calls.scrypt = 0;
    expect(await verifyPassword("fel lösenord", hash)).toBe(false);
    expect(calls.scrypt).toBe(1);
  });

  it.each([
    ["no account or no password yet", null],
    ["an undefined hash", undefined],
    ["a plain-text value", "plain-text"],
    ["a malformed scrypt hash", "scrypt$0$0$0$$"],
  ])("runs scrypt once, against a dummy, for %s, and never matches", async (_label, stored) => {
    expect(await verifyPassword("fel lösenord", stored)).toBe(false);
    expect(calls.scrypt).toBe(1);
  });
}, 30_000);
