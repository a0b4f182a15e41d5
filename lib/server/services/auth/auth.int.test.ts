import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/domain/errors";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, PASSWORD_RESET_LIFETIME_MS, SIGN_IN_WINDOW_MS } from "@/lib/domain/sign-in-limits";
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
    const id = await verifySignIn({ email: "Tjansteperson@demo.overens.se", password: DEMO_PASSWORD }, "10.0.0.1");
    const user = await getDb().user.findUniqueOrThrow({ where: { id } });
    expect(user.email).toBe("tjansteperson@demo.overens.se");
  });

  it("refuses a wrong password, an unknown account and malformed input alike", async () => {
    expect(await signInError({ email: "forening@demo.overens.se", password: "fel" }, "10.0.0.2")).toBe("errors.signIn.invalid");
    expect(await signInError({ email: "nobody@demo.overens.se", password: DEMO_PASSWORD }, "10.0.0.2")).toBe("errors.signIn.invalid");
    expect(await signInError({ email: ["x"], password: 1 }, "10.0.0.2")).toBe("errors.signIn.invalid");
  });

  it("locks an account after repeated failures, even for the right password, until the window passes", async () => {
    const email = "idrott@demo.overens.se";
    const now = new Date();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect(await signInError({ email, password: `fel-${i}` }, `10.1.0.${i}`, now)).toBe("errors.signIn.invalid");
    }
    expect(await signInError({ email, password: DEMO_PASSWORD }, "10.1.1.1", now)).toBe("errors.signIn.rateLimited");
    const later = new Date(now.getTime() + SIGN_IN_WINDOW_MS + 1000);
    expect(await signInError({ email, password: DEMO_PASSWORD }, "10.1.1.1", later)).toBe("signed in");
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
