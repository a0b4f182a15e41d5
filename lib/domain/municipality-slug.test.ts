import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isReservedMunicipalitySlug, municipalitySlugProblem, RESERVED_MUNICIPALITY_SLUGS } from "./municipality-slug";

const APP = path.join(__dirname, "..", "..", "app");

/** Metadata files that Next.js serves at a top-level address of their own. */
const METADATA_ROUTES: [RegExp, string][] = [
  [/^sitemap\.(ts|tsx|js|xml)$/, "sitemap.xml"],
  [/^robots\.(ts|tsx|js|txt)$/, "robots.txt"],
  [/^manifest\.(ts|tsx|js|webmanifest|json)$/, "manifest.webmanifest"],
  [/^favicon\.ico$/, "favicon.ico"],
];

/** The first URL segments the app/ folder answers itself: folders (through route groups) and metadata files. */
function topLevelRoutes(dir: string): string[] {
  const routes: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name.startsWith("(")) routes.push(...topLevelRoutes(path.join(dir, entry.name)));
      else if (!entry.name.startsWith("[") && !entry.name.startsWith("_")) routes.push(entry.name);
    } else {
      const metadata = METADATA_ROUTES.find(([pattern]) => pattern.test(entry.name));
      if (metadata) routes.push(metadata[1]);
    }
  }
  return routes;
}

describe("reserved municipality slugs", () => {
  it("cover every top-level route in app/, so no municipality can be shadowed by one", () => {
    const routes = topLevelRoutes(APP);
    expect(routes).toEqual(expect.arrayContaining(["portal", "api", "compacts", "admin"]));
    const missing = routes.filter((route) => !isReservedMunicipalitySlug(route));
    expect(missing, "add these app/ routes to RESERVED_MUNICIPALITY_SLUGS").toEqual([]);
  });

  it("refuse route names in any case, and accept ordinary municipality names", () => {
    for (const slug of ["portal", "Portal", "api", "sign-in", "w", "_next", "sitemap.xml"]) expect(municipalitySlugProblem(slug)).toBe("reserved");
    for (const slug of ["sjoberga", "upplands-vasby", "malmo", "ale"]) expect(municipalitySlugProblem(slug)).toBeNull();
    for (const slug of ["", "a", "Sjöberga", "-ale", "ale-", "a--b", "a b", "x".repeat(61)]) expect(municipalitySlugProblem(slug)).toBe("format");
  });

  it("list each name once", () => {
    expect(new Set(RESERVED_MUNICIPALITY_SLUGS).size).toBe(RESERVED_MUNICIPALITY_SLUGS.length);
  });
});
