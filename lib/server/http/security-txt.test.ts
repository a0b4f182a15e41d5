import { afterEach, describe, expect, it, vi } from "vitest";
import { defaultSecurityContact, securityTxt } from "@/lib/domain/security-txt";
import { parseEnv } from "../env";

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** The route module afresh, so it reads the environment stubbed for this test. */
async function route() {
  return (await import("@/app/.well-known/security.txt/route")).GET;
}

function fields(text: string): Record<string, string> {
  return Object.fromEntries(text.trim().split("\n").map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()]));
}

describe("security.txt (RFC 9116)", () => {
  it("names the contact, expires a year after the request, prefers Swedish and English, and says where it lives", () => {
    const text = securityTxt({ appUrl: "https://overens.sjoberga.se", now: new Date("2027-03-01T12:00:00Z") });
    expect(fields(text)).toEqual({
      Contact: "mailto:security@overens.sjoberga.se",
      Expires: "2028-02-29T12:00:00.000Z",
      "Preferred-Languages": "sv, en",
      Canonical: "https://overens.sjoberga.se/.well-known/security.txt",
    });
    expect(text.endsWith("\n")).toBe(true);
    expect(securityTxt({ appUrl: "https://a.se/", contact: "https://a.se/sakerhet", now: new Date() })).toContain("Contact: https://a.se/sakerhet\n");
    expect(defaultSecurityContact("http://localhost:3000")).toBe("mailto:security@localhost");
  });

  it("takes SECURITY_CONTACT only as a mailto: or https: address", () => {
    const secret = { AUTH_SECRET: "a-test-secret-of-at-least-32-characters" };
    expect(parseEnv({ ...secret, SECURITY_CONTACT: "mailto:cert@sjoberga.se" }).SECURITY_CONTACT).toBe("mailto:cert@sjoberga.se");
    expect(parseEnv({ ...secret, SECURITY_CONTACT: "https://sjoberga.se/sakerhet" }).SECURITY_CONTACT).toBe("https://sjoberga.se/sakerhet");
    expect(parseEnv(secret).SECURITY_CONTACT).toBeUndefined();
    expect(() => parseEnv({ ...secret, SECURITY_CONTACT: "cert@sjoberga.se" })).toThrow(/SECURITY_CONTACT/);
    expect(() => parseEnv({ ...secret, SECURITY_CONTACT: "javascript:alert(1)" })).toThrow(/SECURITY_CONTACT/);
  });

  it("is served at /.well-known/security.txt as plain text, to anybody, with Expires computed at request time", async () => {
    vi.stubEnv("APP_URL", "https://overens.sjoberga.se");
    vi.stubEnv("SECURITY_CONTACT", "mailto:cert@sjoberga.se");
    vi.useFakeTimers({ now: new Date("2027-06-01T00:00:00Z"), toFake: ["Date"] });
    const GET = await route();
    expect((await import("./route")).isDefinedRoute(GET)).toBe(true);
    const response = await GET(new Request("https://overens.sjoberga.se/.well-known/security.txt"), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(fields(await response.text())).toMatchObject({
      Contact: "mailto:cert@sjoberga.se",
      Expires: "2028-05-31T00:00:00.000Z",
      Canonical: "https://overens.sjoberga.se/.well-known/security.txt",
    });
    // Importing the route afresh (with Next's server modules) is slow when the machine is busy.
  }, 30_000);
});
