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
  const origin = "https://overens.example.se";
  it.each([
    // Same-site paths are kept as they are.
    ["/compacts/1", "/compacts/1"],
    ["/compacts/1?tab=comments#c-2", "/compacts/1?tab=comments#c-2"],
    ["/search?q=100%25", "/search?q=100%25"],
    ["/a%20b", "/a%20b"],
    // Our own origin, absolute: only its path.
    ["https://overens.example.se/compacts/1?x=1", "/compacts/1?x=1"],
    // Other origins and schemes.
    ["https://evil.example/x", "/"],
    ["http://overens.example.se/x", "/"],
    ["https://overens.example.se.evil.example/x", "/"],
    ["https://overens.example.se@evil.example/x", "/"],
    ["//evil.example", "/"],
    ["///evil.example", "/"],
    ["/\\evil.example", "/"],
    ["\\evil.example", "/"],
    ["/\\/evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["JaVaScRiPt:alert(1)", "/"],
    ["data:text/html,<script>alert(1)</script>", "/"],
    ["evil.example", "/"],
    ["compacts/1", "/"],
    // Control characters and whitespace, raw: the browser drops them and reads "//evil.example".
    ["/\t/evil.example", "/"],
    ["/\n/evil.example", "/"],
    ["/\r\n/evil.example", "/"],
    ["/\u0000/evil.example", "/"],
    [" //evil.example", "/"],
    ["\t/compacts", "/"],
    ["/compacts ", "/"],
    // The same, percent-encoded (once or twice).
    ["/%09/evil.example", "/"],
    ["/%0a/evil.example", "/"],
    ["/%0D%0A/evil.example", "/"],
    ["/%2F%2Fevil.example", "/"],
    ["/%2fevil.example", "/"],
    ["/%5Cevil.example", "/"],
    ["/%5cevil.example", "/"],
    ["/%252F%252Fevil.example", "/"],
    ["/%2509/evil.example", "/"],
    ["%2F%2Fevil.example", "/"],
    ["https://overens.example.se/%2F%2Fevil.example", "/"],
    ["https://overens.example.se//evil.example", "/"],
    [undefined, "/"],
    ["", "/"],
  ])("%j → %s", (input, expected) => {
    expect(safeCallbackPath(input, origin)).toBe(expected);
  });
  it("without the app's origin accepts only paths", () => {
    expect(safeCallbackPath("/compacts/1")).toBe("/compacts/1");
    expect(safeCallbackPath("https://overens.example.se/compacts/1")).toBe("/");
  });
  it("uses the given fallback", () => {
    expect(safeCallbackPath("//evil.example", origin, "/dashboard")).toBe("/dashboard");
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
