import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/domain/errors";
import { accountKey, addressKey, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, PASSWORD_RESET_LIFETIME_MS } from "@/lib/domain/sign-in-limits";
import { getDb } from "../../db";
import { DEMO_PASSWORD } from "@/lib/server/seed/demo-data";
import { latestLinkToken, withDemoDatabase } from "../../testing/integration";
import { verifySignIn } from "./verify-sign-in";
import { requestPasswordReset } from "./request-password-reset";
import { redeemToken } from "./redeem-token";

withDemoDatabase();

async function signInError(input: unknown, address: string, now?: Date): Promise<string> {
  try {
    await verifySignIn(input, address, now);
    return "signed in";
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).messageKey;
  }
}

describe("sign-in", () => {
  it("signs a demo user in with the right password, whatever the case of the address", async () => {
    const { id } = await verifySignIn({ email: "Tjansteperson@demo.overens.se", password: DEMO_PASSWORD }, "10.0.0.1");
    const user = await getDb().user.findUniqueOrThrow({ where: { id } });
    expect(user.email).toBe("tjansteperson@demo.overens.se");
  });

  it("refuses a wrong password, an unknown account and malformed input alike", async () => {
    expect(await signInError({ email: "forening@demo.overens.se", password: "fel" }, "10.0.0.2")).toBe("errors.signIn.invalid");
    expect(await signInError({ email: "nobody@demo.overens.se", password: DEMO_PASSWORD }, "10.0.0.2")).toBe("errors.signIn.invalid");
    expect(await signInError({ email: ["x"], password: 1 }, "10.0.0.2")).toBe("errors.signIn.invalid");
  });

  it("slows an account down after repeated failures, even for the right password, from the last failure on", async () => {
    const email = "idrott@demo.overens.se";
    const now = new Date();
    const at = (ms: number) => new Date(now.getTime() + ms);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect(await signInError({ email, password: `fel-${i}` }, `10.1.0.${i}`, now)).toBe("errors.signIn.invalid");
    }
    // After five failures the next attempt waits 2^0 s; refused attempts do not make the wait longer.
    expect(await signInError({ email, password: DEMO_PASSWORD }, "10.1.1.1", now)).toBe("errors.signIn.rateLimited");
    expect(await signInError({ email, password: "fel igen" }, "10.1.1.1", at(500))).toBe("errors.signIn.rateLimited");
    expect(await signInError({ email, password: "fel igen" }, "10.1.1.1", at(1001))).toBe("errors.signIn.invalid");
    // The sixth failure doubles the wait to 2 s from that failure.
    expect(await signInError({ email, password: DEMO_PASSWORD }, "10.1.1.1", at(2900))).toBe("errors.signIn.rateLimited");
    expect(await signInError({ email, password: DEMO_PASSWORD }, "10.1.1.1", at(3002))).toBe("signed in");
    // A successful sign-in starts the count afresh.
    expect(await signInError({ email, password: "fel" }, "10.1.1.1", at(3003))).toBe("errors.signIn.invalid");
    expect(await signInError({ email, password: DEMO_PASSWORD }, "10.1.1.1", at(3004))).toBe("signed in");
  });

  it("never lets concurrent guesses at one account past the limit", async () => {
    const email = "tjansteperson@demo.overens.se";
    const guesses = 4 * MAX_FAILURES_PER_ACCOUNT;
    const answers = await Promise.all(
      Array.from({ length: guesses }, (_, i) => signInError({ email, password: `gissning-${i}` }, `10.3.0.${i}`)),
    );
    const checked = answers.filter((answer) => answer === "errors.signIn.invalid").length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
    expect(answers.filter((answer) => answer === "errors.signIn.rateLimited")).toHaveLength(guesses - checked);
    const recorded = await getDb().loginAttempt.count({ where: { key: accountKey(email), success: false } });
    expect(recorded).toBe(checked);
  });

  it("never lets concurrent guesses from one address past its limit", async () => {
    const guesses = MAX_FAILURES_PER_ADDRESS + 15;
    const answers = await Promise.all(
      Array.from({ length: guesses }, (_, i) => signInError({ email: `samtidig${i}@example.se`, password: "x" }, "192.0.2.99")),
    );
    expect(answers.filter((answer) => answer === "errors.signIn.invalid").length).toBeLessThanOrEqual(MAX_FAILURES_PER_ADDRESS);
    expect(await getDb().loginAttempt.count({ where: { key: addressKey("192.0.2.99"), success: false } })).toBeLessThanOrEqual(MAX_FAILURES_PER_ADDRESS);
  });

  it("limits one address trying many accounts", async () => {
    const now = new Date();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      await signInError({ email: `guess${i}@example.se`, password: "x" }, "192.0.2.66", now);
    }
    expect(await signInError({ email: "politiker@demo.overens.se", password: DEMO_PASSWORD }, "192.0.2.66", now)).toBe("errors.signIn.rateLimited");
    expect(await signInError({ email: "politiker@demo.overens.se", password: DEMO_PASSWORD }, "192.0.2.67", now)).toBe("signed in");
  });
});

describe("password reset", () => {
  it("sends nothing for an unknown address, and answers the same", async () => {
    const before = await getDb().outboxMessage.count();
    await expect(requestPasswordReset({ email: "okand@example.se" })).resolves.toBeUndefined();
    expect(await getDb().outboxMessage.count()).toBe(before);
  });

  it("resets through the mailed link once; the old password stops working", async () => {
    const email = "forening@demo.overens.se";
    await requestPasswordReset({ email });
    const token = await latestLinkToken(email);
    await redeemToken("reset", { token, password: "ett helt nytt lösenord", confirm: "ett helt nytt lösenord" });
    expect(await signInError({ email, password: "ett helt nytt lösenord" }, "10.2.0.1")).toBe("signed in");
    expect(await signInError({ email, password: DEMO_PASSWORD }, "10.2.0.2")).toBe("errors.signIn.invalid");
    await expect(redeemToken("reset", { token, password: "ännu ett lösenord!", confirm: "ännu ett lösenord!" })).rejects.toMatchObject({
      messageKey: "errors.token.used",
    });
  });

  it("refuses an expired link and an invitation link used for a reset", async () => {
    const email = "politiker@demo.overens.se";
    await requestPasswordReset({ email });
    const token = await latestLinkToken(email);
    const late = new Date(Date.now() + PASSWORD_RESET_LIFETIME_MS + 1000);
    await expect(redeemToken("reset", { token, password: "nytt lösenord 123", confirm: "nytt lösenord 123" }, late)).rejects.toMatchObject({
      messageKey: "errors.token.expired",
    });
    await expect(redeemToken("invite", { token, password: "nytt lösenord 123", confirm: "nytt lösenord 123" })).rejects.toMatchObject({
      messageKey: "errors.token.unknown",
    });
  });

  it("reports field errors for a short password without using the link", async () => {
    const email = "admin@demo.overens.se";
    await requestPasswordReset({ email });
    const token = await latestLinkToken(email);
    await expect(redeemToken("reset", { token, password: "kort", confirm: "kort" })).rejects.toMatchObject({
      fieldErrors: { password: ["errors.password.tooShort"] },
    });
    await expect(redeemToken("reset", { token, password: "nu är det långt nog", confirm: "nu är det långt nog" })).resolves.toEqual({ email });
  });
});
