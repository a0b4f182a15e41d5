import { describe, expect, it } from "vitest";
import { MEMBER_ROUTES, ROBOTS_ALLOWED_PATHS, ROBOTS_DISALLOWED_PATHS } from "./crawling";
import { RESERVED_MUNICIPALITY_SLUGS } from "./municipality-slug";

/** RFC 9309 matching: the longest matching rule wins, Allow on a tie; "$" anchors the end. */
function mayCrawl(path: string): boolean {
  const matches = (rule: string) => (rule.endsWith("$") ? path === rule.slice(0, -1) : path.startsWith(rule));
  const allow = Math.max(-1, ...ROBOTS_ALLOWED_PATHS.filter(matches).map((r) => r.length));
  const disallow = Math.max(-1, ...ROBOTS_DISALLOWED_PATHS.filter(matches).map((r) => r.length));
  return allow >= disallow;
}

describe("robots.txt rules", () => {
  it("let crawlers read the portal, the municipalities, published compacts and the open-data API", () => {
    for (const path of ["/", "/portal", "/portal?page=2", "/sjoberga", "/sjoberga/overenskommelse", "/wadkoping", "/administratorsby/x", "/api/v1/compacts", "/sitemap.xml"]) expect(mayCrawl(path), path).toBe(true);
  });

  it("keep them out of member pages and the rest of the API", () => {
    for (const path of ["/compacts", "/compacts/abc", "/admin", "/admin/users", "/w/ABC123", "/workshops/1", "/sign-in", "/api/auth/session", "/api/compacts/1/pdf"]) expect(mayCrawl(path), path).toBe(false);
  });

  it("cover only names the municipalities cannot take", () => {
    for (const route of MEMBER_ROUTES) expect(RESERVED_MUNICIPALITY_SLUGS).toContain(route);
  });
});
