import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";
import { createOneTimeToken, hashToken } from "./one-time-token";
import { parseEnv, EnvError } from "./env";
import { contentSecurityPolicy } from "../security-headers";

describe("password hashing", () => {
  it("verifies the right password and rejects a wrong one", async () => {
    const hash = await hashPassword("en lång mening som lösenord");
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword("en lång mening som lösenord", hash)).toBe(true);
    expect(await verifyPassword("en lång mening som lösenorD", hash)).toBe(false);
  });
  it("salts every hash", async () => {
    expect(await hashPassword("samma lösenord")).not.toBe(await hashPassword("samma lösenord"));
  });
  it("never matches a missing or malformed hash", async () => {
    expect(await verifyPassword("x", null)).toBe(false);
    expect(await verifyPassword("x", "plain-text")).toBe(false);
    expect(await verifyPassword("x", "scrypt$0$0$0$$")).toBe(false);
  }, 30_000);
});

describe("one-time tokens", () => {
  it("stores only a hash of a long random token", () => {
    const { token, tokenHash } = createOneTimeToken();
    expect(token.length).toBeGreaterThanOrEqual(43);
    expect(tokenHash).toBe(hashToken(token));
    expect(tokenHash).not.toContain(token);
    expect(createOneTimeToken().token).not.toBe(token);
  });
});

describe("parseEnv", () => {
  it("refuses to start without AUTH_SECRET in every mode, saying so (no built-in fallback secret)", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET is not set/);
    expect(() => parseEnv({ NODE_ENV: "development" })).toThrow(/AUTH_SECRET is not set/);
    expect(() => parseEnv({ NODE_ENV: "test" })).toThrow(/AUTH_SECRET is not set/);
    expect(() => parseEnv({ NODE_ENV: "development", AUTH_SECRET: "" })).toThrow(/npm start/);
  });
  it("names the variable that is wrong", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(EnvError);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET/);
  });
  it("defaults to SQLite under data/ and keeps the given secret", () => {
    const env = parseEnv({ NODE_ENV: "development", AUTH_SECRET: "s".repeat(32) });
    expect(env.DATABASE_URL).toBe("file:./data/overens.db");
    expect(env.AUTH_SECRET).toBe("s".repeat(32));
  });
  it("accepts a PostgreSQL URL and an SMTP URL", () => {
    const env = parseEnv({ DATABASE_URL: "postgres://u@h/db", SMTP_URL: "smtp://mail:25", AUTH_SECRET: "x".repeat(32), NODE_ENV: "production" });
    expect(env.DATABASE_URL).toBe("postgres://u@h/db");
    expect(env.SMTP_URL).toBe("smtp://mail:25");
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts only with the nonce and forbids framing", () => {
    const csp = contentSecurityPolicy("abc", { dev: false, https: true });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("upgrade-insecure-requests");
  });
  it("lets the editor connect to the co-editing server, and nowhere else", () => {
    expect(contentSecurityPolicy("abc", { dev: false, https: true, collabUrl: "wss://overens.example.se/collab" })).toContain(
      "connect-src 'self' wss://overens.example.se;",
    );
    expect(contentSecurityPolicy("abc", { dev: false, https: false, collabUrl: "ws://localhost:3001" })).toContain("connect-src 'self' ws://localhost:3001;");
    expect(contentSecurityPolicy("abc", { dev: false, https: false, collabUrl: "javascript:alert(1)" })).toContain("connect-src 'self';");
  });
});

describe("parseEnv for co-editing", () => {
  it("defaults to a local collaboration server and checks the URLs", () => {
    const env = parseEnv({ NODE_ENV: "development", AUTH_SECRET: "s".repeat(32) });
    expect(env).toMatchObject({ COLLAB_PORT: 3001, COLLAB_HOST: "127.0.0.1", COLLAB_PUBLIC_URL: "ws://localhost:3001" });
    const secret = { AUTH_SECRET: "s".repeat(32) };
    expect(() => parseEnv({ ...secret, COLLAB_PUBLIC_URL: "http://localhost:3001" })).toThrow(/COLLAB_PUBLIC_URL/);
    expect(() => parseEnv({ ...secret, REDIS_URL: "localhost:6379" })).toThrow(/REDIS_URL/);
    expect(() => parseEnv({ ...secret, COLLAB_PORT: "70000" })).toThrow(/COLLAB_PORT/);
  });
});
