import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { config, proxy } from "@/proxy";
import { contentSecurityPolicy, newNonce, STATIC_SECURITY_HEADERS } from "./security-headers";
import nextConfig from "@/next.config";

/** The CSP's directives by name. */
function directives(csp: string): Map<string, string> {
  return new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values.join(" ")]));
}

/** Requests of every kind the proxy sees: pages of the portal and of members, signed in or not, a change, a file. */
const REQUESTS: { url: string; init?: { method?: string; headers?: Record<string, string> } }[] = [
  { url: "http://localhost:3000/" },
  { url: "http://localhost:3000/sjoberga/overenskommelse-2027-2030" },
  { url: "http://localhost:3000/compacts", init: { headers: { cookie: "next-auth.session-token=x" } } },
  { url: "https://overens.example.se/admin/users", init: { headers: { cookie: "__Secure-next-auth.session-token=x" } } },
  { url: "http://localhost:3000/sign-in", init: { method: "POST", headers: { origin: "http://localhost:3000" } } },
  { url: "http://localhost:3000/.well-known/security.txt" },
];

describe("security headers", () => {
  it("gives every page response a CSP with a fresh nonce, frame-ancestors 'none', nosniff and a referrer policy", async () => {
    const nonces = new Set<string>();
    for (const { url, init } of REQUESTS) {
      const response = await proxy(new NextRequest(url, init));
      const csp = response.headers.get("content-security-policy") ?? "";
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce, url).toBeTruthy();
      nonces.add(nonce!);
      const d = directives(csp);
      expect(d.get("script-src"), url).toContain(`'nonce-${nonce}'`);
      expect(d.get("script-src"), url).not.toContain("'unsafe-inline'");
      expect(d.get("frame-ancestors"), url).toBe("'none'");
      expect(d.get("object-src"), url).toBe("'none'");
      expect(d.get("base-uri"), url).toBe("'self'");
      expect(response.headers.get("x-content-type-options"), url).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), url).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("x-frame-options"), url).toBe("DENY");
      // The page renders with the same nonce (Next reads it from the request).
      expect(response.headers.get("x-middleware-request-x-nonce"), url).toBe(nonce);
    }
    expect(nonces.size).toBe(REQUESTS.length);
  });

  it("upgrades insecure requests over https only, and allows eval in development only", () => {
    expect(directives(contentSecurityPolicy("abc", { dev: false, https: true })).has("upgrade-insecure-requests")).toBe(true);
    expect(directives(contentSecurityPolicy("abc", { dev: false, https: false })).has("upgrade-insecure-requests")).toBe(false);
    expect(contentSecurityPolicy("abc", { dev: false, https: true })).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy("abc", { dev: true, https: false })).toContain("'unsafe-eval'");
    expect(newNonce()).not.toBe(newNonce());
  });

  it("sends the static headers on every response the proxy skips (API, workshop endpoints, files) from next.config", async () => {
    const rules = (await nextConfig.headers?.()) ?? [];
    const all = rules.find((rule) => rule.source === "/:path*");
    expect(Object.fromEntries(all?.headers.map((h) => [h.key, h.value]) ?? [])).toEqual(STATIC_SECURITY_HEADERS);
    expect(STATIC_SECURITY_HEADERS).toMatchObject({ "X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin", "X-Frame-Options": "DENY" });
    // What the proxy leaves to next.config: JSON and event streams that render no HTML.
    const matcher = new RegExp(`^${config.matcher[0]!.source.replace("/((?!", "/(?!").replace(").*)", ").*")}$`);
    for (const path of ["/api/v1/compacts", "/w/ABC123/vote", "/_next/static/x.js"]) expect(matcher.test(path), path).toBe(false);
    for (const path of ["/", "/compacts", "/.well-known/security.txt"]) expect(matcher.test(path), path).toBe(true);
  });

  it("never redirects or rewrites /.well-known/security.txt, in production either", async () => {
    vi.stubEnv("NODE_ENV", "production");
    try {
      const response = await proxy(new NextRequest("https://overens.example.se/.well-known/security.txt"));
      expect(response.headers.get("location")).toBeNull();
      expect(response.headers.get("x-middleware-rewrite")).toBeNull();
      expect(response.headers.get("x-middleware-next")).toBe("1");
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
