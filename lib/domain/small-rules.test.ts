import { describe, expect, it } from "vitest";
import { slugify } from "./slug";
import { safeCallbackPath } from "./safe-redirect";
import { tokenStatus, accountKey } from "./sign-in-limits";
import { navigationFor } from "./navigation";
import { ROLES, ROLE_SECTOR, rolesForSector } from "./roles";

describe("slugify", () => {
  it("folds Swedish letters and joins words", () => {
    expect(slugify("Överenskommelse för Åsby & Älvdalen 2027")).toBe("overenskommelse-for-asby-alvdalen-2027");
  });
  it("adds a number when the slug is taken", () => {
    expect(slugify("Plan", new Set(["plan", "plan-2"]))).toBe("plan-3");
  });
  it("never returns an empty slug", () => {
    expect(slugify("!!!")).toBe("overenskommelse");
  });
});

describe("safeCallbackPath", () => {
  it.each([
    ["/compacts/1", "/compacts/1"],
    ["https://evil.example/x", "/x"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["javascript:alert(1)", "/"],
    [undefined, "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});

describe("sign-in limits", () => {
  it("counts an account however its address is typed", () => {
    expect(accountKey(" Tove@Example.SE ")).toBe(accountKey("tove@example.se"));
  });
  it("tells valid, used, expired and unknown links apart", () => {
    const now = new Date("2026-11-24T12:00:00Z");
    expect(tokenStatus(null, now)).toBe("unknown");
    expect(tokenStatus({ expiresAt: new Date("2026-11-25T00:00:00Z"), usedAt: null }, now)).toBe("valid");
    expect(tokenStatus({ expiresAt: new Date("2026-11-24T12:00:00Z"), usedAt: null }, now)).toBe("expired");
    expect(tokenStatus({ expiresAt: new Date("2026-11-25T00:00:00Z"), usedAt: now }, now)).toBe("used");
  });
});

describe("roles and sectors", () => {
  it("puts association representatives in civil society and everyone else in the public sector", () => {
    expect(ROLE_SECTOR.association_rep).toBe("civil");
    expect(rolesForSector("civil")).toEqual(["association_rep"]);
    expect(rolesForSector("public")).toEqual(ROLES.filter((r) => r !== "association_rep"));
  });
});

describe("navigationFor", () => {
  const actor = (role: (typeof ROLES)[number]) => ({ userId: "u", role, sector: ROLE_SECTOR[role], organisationId: "o", municipalityId: "m" });
  const hrefs = (a: Parameters<typeof navigationFor>[0]) => navigationFor(a).map((item) => item.href);
  it("shows the public only the home page", () => {
    expect(hrefs(null)).toEqual(["/"]);
  });
  it("shows each role what it may reach", () => {
    expect(hrefs(actor("admin"))).toEqual(["/", "/compacts", "/admin/users", "/admin/organisations", "/admin/settings", "/admin/outbox", "/admin/moderation"]);
    expect(hrefs(actor("official"))).toEqual(["/", "/compacts", "/compacts/new", "/relations", "/workshops"]);
    expect(hrefs(actor("association_rep"))).toEqual(["/", "/compacts", "/relations", "/workshops"]);
    expect(hrefs(actor("politician"))).toEqual(["/", "/compacts", "/relations", "/workshops"]);
  });
});
