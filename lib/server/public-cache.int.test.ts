import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as publicPageRoute } from "@/app/api/public-page/route";
import { PAGE_HEADER, RENDER_HEADER } from "@/lib/domain/public-cache";
import { getDb } from "./db";
import { REVISION_LEASE_MS, forgetPublicRevision, publicRevision, servePublicPage } from "./public-cache";
import { adoptCompact, demoActor, organisationId, withDemoDatabase } from "./testing/integration";
import { addToDraftingGroup } from "@/lib/server/services/compacts/add-to-drafting-group";
import { createCompact } from "./services/compacts/create-compact";
import { saveText } from "./services/compacts/save-text";
import { registerJoining } from "@/lib/server/services/publication/register-joining";
import { createComment } from "./services/comments/create-comment";
import { hideComment } from "./services/moderation/hide-comment";

// The app the cache renders through is, here, a small HTTP server of the test's own (below), which
// answers like Next does: HTML whose scripts carry the nonce named in its CSP header.
const port = vi.hoisted(() => {
  const chosen = 41000 + (process.pid % 20000);
  process.env.INTERNAL_URL = `http://127.0.0.1:${chosen}`;
  return chosen;
});

withDemoDatabase();

const renders = new Map<string, number>();
let server: http.Server;
beforeAll(async () => {
  server = http.createServer((request, response) => {
    const path = request.url ?? "/";
    const count = (renders.get(path) ?? 0) + 1;
    renders.set(path, count);
    const nonce = Buffer.from(`rendered-${path}-${count}`).toString("base64");
    const headers: Record<string, string> = { "content-type": "text/html; charset=utf-8", "content-security-policy": `script-src 'nonce-${nonce}'` };
    if (path.startsWith("/with-cookie")) headers["set-cookie"] = "a=b";
    const status = path.startsWith("/missing") ? 404 : 200;
    response.writeHead(status, headers);
    response.end(`<html><script nonce="${nonce}">render ${count} of ${path}; render header ${request.headers[RENDER_HEADER] ?? "none"}</script></html>`);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  expect((server.address() as AddressInfo).port).toBe(port);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const NONCE = "dGhpcy1yZXNwb25zZXMtbm9uY2U=";
const request = (headers: Record<string, string> = {}) => new Request("http://localhost/api/public-page", { headers });

const adoptedCompact = () => adoptCompact(`Överenskommelse ${Math.random().toString(36).slice(2, 8)}`);

describe("the public revision (database triggers)", () => {
  it("grows with a decision, a publication and a joining, and not with drafting or commenting", async () => {
    const before = await publicRevision();
    const id = await adoptedCompact();
    const afterDecision = await publicRevision();
    expect(afterDecision).toBeGreaterThan(before);

    const official = await demoActor("tjansteperson");
    await registerJoining(official, { compactId: id, organisationId: await organisationId("Sjöberga Idrottsallians"), joinedOn: "2027-06-01", evidence: "Styrelseprotokoll" });
    const afterJoining = await publicRevision();
    expect(afterJoining).toBeGreaterThan(afterDecision);

    // A draft nobody outside can see: writing and commenting on it leaves the public pages alone.
    const draft = await createCompact(official, { title: "Utkast som ingen ser" });
    const afterCreate = await publicRevision();
    await addToDraftingGroup(official, { compactId: draft.id, organisationId: official.organisationId });
    await saveText(official, { compactId: draft.id, text: "# Utkast\nHemligt." });
    await createComment(official, { compactId: draft.id, scope: "compact", body: "En kommentar." });
    expect(await publicRevision()).toBe(afterCreate);

    // An administrator hiding a comment changes what a consultation report shows.
    const { id: commentId } = await createComment(official, { compactId: draft.id, scope: "compact", body: "Synpunkt." });
    const beforeHiding = await publicRevision();
    await hideComment(await demoActor("admin"), { commentId, reason: "Personuppgifter i texten." });
    expect(await publicRevision()).toBeGreaterThan(beforeHiding);
  });
});

describe("the public page cache", () => {
  it("renders a page once, then serves it from memory with each response's own nonce, and answers If-None-Match with 304", async () => {
    const first = await servePublicPage(request(), "/portal?stage=decision&q=skola", NONCE);
    expect(first.status).toBe(200);
    expect(first.headers.get("x-overens-cache")).toBe("miss");
    expect(first.headers.get("cache-control")).toContain("s-maxage=60");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/"/);
    const html = await first.text();
    expect(html).toContain(`nonce="${NONCE}"`);
    expect(html).toContain("render header 1");

    // The same page with its query in another order is the same entry.
    const second = await servePublicPage(request(), "/portal?q=skola&stage=decision", "b3RoZXItbm9uY2UtMTIzNA==");
    expect(second.headers.get("x-overens-cache")).toBe("hit");
    expect(second.headers.get("etag")).toBe(etag);
    expect(await second.text()).toBe(html.replaceAll(NONCE, "b3RoZXItbm9uY2UtMTIzNA=="));
    expect(renders.get("/portal?q=skola&stage=decision")).toBe(1);

    const notModified = await servePublicPage(request({ "if-none-match": etag! }), "/portal?q=skola&stage=decision", NONCE);
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe("");
  });

  it("renders again after anything a public page shows has changed, and only once for many waiting visitors", async () => {
    const path = "/sjoberga";
    const answers = await Promise.all([1, 2, 3].map(() => servePublicPage(request(), path, NONCE)));
    expect(renders.get(path)).toBe(1);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    const etag = answers[0]!.headers.get("etag");

    const id = await adoptedCompact();
    // What every server action and route does after it ran:
    forgetPublicRevision();
    const after = await servePublicPage(request({ "if-none-match": etag! }), path, NONCE);
    expect(after.status).toBe(200);
    expect(after.headers.get("x-overens-cache")).toBe("miss");
    expect(after.headers.get("etag")).not.toBe(etag);
    expect(renders.get(path)).toBe(2);

    // The new publication's page is rendered before anyone has asked for it, and then served from memory.
    const { compactSlug } = await getDb().publication.findFirstOrThrow({ where: { compactId: id } });
    const published = `/sjoberga/${compactSlug}`;
    await expect.poll(() => renders.get(published) ?? 0).toBe(1);
    expect((await servePublicPage(request(), published, NONCE)).headers.get("x-overens-cache")).toBe("hit");
  });

  it("sees a change made elsewhere (another instance, a script) within the revision lease", async () => {
    const path = "/portal?page=2";
    const first = await servePublicPage(request(), path, NONCE);
    const official = await demoActor("tjansteperson");
    await registerJoining(official, { compactId: await adoptedCompact(), organisationId: await organisationId("Sjöberga Idrottsallians"), joinedOn: "2027-06-01", evidence: "Protokoll" });
    const started = Date.now();
    await expect
      .poll(async () => (await servePublicPage(request(), path, NONCE)).headers.get("etag"), { interval: 10, timeout: 5000 })
      .not.toBe(first.headers.get("etag"));
    expect(Date.now() - started).toBeLessThan(REVISION_LEASE_MS + 1000);
  });

  it("keeps neither a missing page nor a page that sets a cookie", async () => {
    for (const path of ["/missing-municipality", "/with-cookie"]) {
      const one = await servePublicPage(request(), path, NONCE);
      await one.text();
      const two = await servePublicPage(request(), path, NONCE);
      expect(two.headers.get("x-overens-cache")).toBe("miss");
      expect(renders.get(path)).toBe(2);
    }
    const missing = await servePublicPage(request(), "/missing-municipality", NONCE);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("etag")).toBeNull();
  });

  it("answers through the route handler proxy.ts rewrites to under plain `next start`, and only for public pages", async () => {
    const call = (headers: Record<string, string>) => publicPageRoute(new Request("http://localhost/api/public-page", { headers }));
    const ok = await call({ [PAGE_HEADER]: "/portal?q=route", "x-nonce": NONCE });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain(`nonce="${NONCE}"`);
    expect((await call({ [PAGE_HEADER]: "/compacts/abc", "x-nonce": NONCE })).status).toBe(404);
    expect((await call({ [PAGE_HEADER]: "/portal" })).status).toBe(404);
    expect((await call({ [PAGE_HEADER]: "no-slash", "x-nonce": NONCE })).status).toBe(404);
  });
});
