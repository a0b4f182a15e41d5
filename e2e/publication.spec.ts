import { expect, test } from "@playwright/test";
import { appendText, asUser, DEMO, expectAccessible, signIn, startCompactInFormulation, submitForDecision } from "./helpers";

// The crawl below runs over the database the first test has published into.
test.describe.configure({ mode: "serial" });

/** The compact the first test adopts and publishes: its member page and its public address. */
const published = { compactUrl: "", publicUrl: "" };

test("a politician approves a compact on its decision basis, and an anonymous visitor reads, compares and downloads it", async ({ browser }) => {
  test.setTimeout(240_000);
  const title = `Överenskommelse om öppenhet ${Date.now()}`;
  const official = await asUser(browser, DEMO.official);
  const compactUrl = await startCompactInFormulation(official, title, ["Kultur- och fritidsförvaltningen (Offentlig sektor)", "Föreningen Grannstöd (Civilsamhället)"]);
  const compactId = compactUrl.split("/").pop()!;

  // A first draft is published for open consultation, then the text changes before the decision.
  await appendText(official, "## Syfte", "Kommunen och föreningarna samverkar om fritid.", "Överenskommelsen ska ses över vart tredje år.");
  await official.goto(`${compactUrl}/decision`);
  await official.getByLabel("Samrådet börjar").fill("2027-02-01");
  await official.getByLabel("Samrådet slutar").fill("2027-02-28");
  await official.getByRole("button", { name: "Publicera för samråd" }).click();
  await official.getByRole("alertdialog").getByRole("button", { name: "Publicera för samråd" }).click();
  await expect(official.getByText("Utkastet är publicerat.")).toBeVisible();
  await official.goto(compactUrl);
  await appendText(official, "Lokalerna fördelas efter behov.");

  const rep = await asUser(browser, DEMO.association_rep);
  await submitForDecision(official, rep, compactUrl);

  // The politician decides on the decision basis: text, fingerprint, principles, group, no consultation reports yet.
  const politician = await asUser(browser, DEMO.politician);
  await politician.goto(compactUrl);
  await politician.getByRole("link", { name: "Beslutsunderlag, publicering och anslutningar" }).click();
  await expect(politician.getByRole("heading", { level: 1, name: `Beslutsunderlag: ${title}` })).toBeVisible();
  await expect(politician.getByTestId("basis-fingerprint")).toContainText(/[0-9a-f]{64}/);
  await expect(politician.getByText("Inga remissammanställningar ännu.")).toBeVisible();
  await expectAccessible(politician);
  await politician.getByLabel("Beslutande organ").fill("Kommunfullmäktige");
  await politician.getByLabel("Diarienummer").fill("KS 2027/202");
  await politician.getByLabel("Sammanträdesdatum").fill("2027-03-15");
  await politician.getByLabel("Motivering").fill("Överenskommelsen har tagits fram av båda sektorerna.");
  await politician.getByRole("button", { name: "Registrera beslutet" }).click();
  await expect(politician.getByTestId("public-decisions")).toContainText("Antagen av Kommunfullmäktige 2027-03-15, KS 2027/202");

  // After the adoption an official registers that an association joined, with its minutes as PDF.
  await official.goto(compactUrl);
  await official.getByRole("button", { name: "Börja genomföra" }).click();
  await official.goto(`${compactUrl}/decision`);
  await official.getByLabel("Organisation", { exact: true }).selectOption({ label: "Sjöberga Idrottsallians (Civilsamhället)" });
  await official.getByLabel("Anslutningsdatum").fill("2027-04-02");
  await official.getByLabel("Underlag").fill("Styrelseprotokoll 2027-03-30");
  await official.getByLabel("Protokoll som PDF (valfritt)").setInputFiles({ name: "protokoll.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") });
  await official.getByRole("button", { name: "Registrera anslutningen" }).click();
  await expect(official.getByText("Anslutningen är registrerad.")).toBeVisible();

  // An anonymous visitor finds it on the portal and reads it.
  const visitor = await (await browser.newContext({ locale: "sv-SE" })).newPage();
  await visitor.goto("/portal");
  await expect(visitor.getByRole("link", { name: "Logga in" })).toBeVisible();
  await visitor.getByRole("searchbox", { name: "Sök i titel och sammanfattning" }).fill("öppenhet");
  await visitor.getByRole("button", { name: "Visa" }).click();
  await expectAccessible(visitor);
  await visitor.getByRole("link", { name: title }).click();
  await expect(visitor).toHaveURL(/\/sjoberga\/[a-z0-9-]+$/);
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByText("Lokalerna fördelas efter behov.")).toBeVisible();
  await expect(visitor.getByTestId("public-fingerprint")).toContainText(/[0-9a-f]{64}/);
  await expect(visitor.getByTestId("public-decisions")).toContainText("KS 2027/202");
  await expect(visitor.getByTestId("joining-count")).toContainText("1 anslutna.");
  await expect(visitor.getByRole("cell", { name: "Sjöberga Idrottsallians", exact: true })).toBeVisible();
  await expect(visitor.getByTestId("public-versions").getByRole("listitem")).toHaveCount(2);
  await expectAccessible(visitor);
  const publicUrl = visitor.url();
  Object.assign(published, { compactUrl, publicUrl: new URL(publicUrl).pathname });

  // Nothing of the member pages is open to the visitor.
  const draft = await visitor.request.get(`/compacts/${compactId}`, { maxRedirects: 0 });
  expect(draft.status()).toBe(307);

  // The consultation draft and the adopted version, compared word by word.
  await visitor.getByRole("link", { name: "Jämför versioner" }).click();
  await expect(visitor.locator("ins").filter({ hasText: "Lokalerna fördelas efter behov." }).first()).toBeVisible();
  await expectAccessible(visitor);

  // The PDF, with the fingerprint in it, cacheable by any shared cache.
  await visitor.goto(publicUrl);
  const download = visitor.waitForEvent("download");
  await visitor.getByRole("link", { name: "Ladda ner som PDF" }).click();
  expect((await download).suggestedFilename()).toMatch(/-v1\.pdf$/);
  const pdf = await visitor.request.get(`${publicUrl}/pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["cache-control"]).toContain("s-maxage");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const etag = pdf.headers()["etag"]!;
  expect((await visitor.request.get(`${publicUrl}/pdf`, { headers: { "If-None-Match": etag } })).status()).toBe(304);
});

test("an anonymous visitor's compact page comes from the page cache with its own nonce and an ETag, and is rendered again after a change", async ({ browser, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const anonymous = await playwright.request.newContext({ baseURL });
  const path = published.publicUrl;
  const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

  await anonymous.get(path);
  const first = await anonymous.get(path);
  const second = await anonymous.get(path);
  for (const response of [first, second]) {
    expect(response.headers()["x-overens-cache"]).toBe("hit");
    expect(response.headers()["cache-control"]).toContain("s-maxage=");
    expect(response.headers()["etag"]).toMatch(/^W\/"/);
  }
  // Each response has a nonce of its own, and every script of the page carries it.
  const [nonce1, nonce2] = [nonceOf(first.headers()["content-security-policy"]), nonceOf(second.headers()["content-security-policy"])];
  expect(nonce1).toBeTruthy();
  expect(nonce1).not.toBe(nonce2);
  const [html1, html2] = [await first.text(), await second.text()];
  expect(html1).toContain(`nonce="${nonce1}"`);
  expect(html1).not.toContain(nonce2!);
  expect(html1.replaceAll(nonce1!, "")).toBe(html2.replaceAll(nonce2!, ""));
  const etag = first.headers()["etag"]!;
  expect((await anonymous.get(path, { headers: { "If-None-Match": etag } })).status()).toBe(304);

  // In a browser the cached page runs its scripts under the CSP: the language switch works.
  const visitor = await (await browser.newContext({ locale: "sv-SE" })).newPage();
  const refused: string[] = [];
  visitor.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await visitor.goto(path);
  await visitor.getByRole("button", { name: "English" }).click();
  await expect(visitor.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(refused).toEqual([]);

  // An official registers another joining: the page anonymous visitors get changes with it.
  const official = await asUser(browser, DEMO.official);
  await official.goto(`${published.compactUrl}/decision`);
  await official.getByLabel("Organisation", { exact: true }).selectOption({ label: "Föreningen Grannstöd (Civilsamhället)" });
  await official.getByLabel("Anslutningsdatum").fill("2027-04-20");
  await official.getByLabel("Underlag").fill("Årsmötesprotokoll 2027-04-18");
  await official.getByRole("button", { name: "Registrera anslutningen" }).click();
  await expect(official.getByText("Anslutningen är registrerad.")).toBeVisible();
  const after = await anonymous.get(path);
  expect(after.headers()["etag"]).not.toBe(etag);
  expect(await after.text()).toContain("Årsmötesprotokoll 2027-04-18");
  await anonymous.dispose();
});

test("an anonymous visitor who follows every public link and API reference finds no draft, unpublished version or e-mail address", async ({ playwright, baseURL }) => {
  test.setTimeout(180_000);
  const anonymous = await playwright.request.newContext({ baseURL });
  // Text that exists only in drafts: the seeded compact (agenda stage, never published).
  const forbidden = [/Bakgrund och syfte/, /[\w.+-]+@[a-z][\w-]*\.[a-z]{2,}/i];
  const seen = new Set<string>();
  const queue = ["/", "/portal", "/sjoberga", "/api/v1", "/api/v1/municipalities", "/api/v1/compacts", "/api/v1/decisions", "/api/v1/joinings", "/api/v1/joinings.csv", "/api/v1/feed"];
  const isPublic = (path: string) => !/^\/(compacts|admin|relations|workshops|w|survey|invite|sign-in|reset-password|api\/auth|_next)(\/|$|\?)/.test(path);
  while (queue.length && seen.size < 150) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await anonymous.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(400);
    const type = response.headers()["content-type"] ?? "";
    if (type.includes("pdf") || type.includes("wordprocessingml")) continue;
    const body = await response.text();
    for (const pattern of forbidden) expect(body, `${path} matches ${pattern}`).not.toMatch(pattern);
    const links = type.includes("json") ? [...body.matchAll(/"(\/[^"\s]*)"/g)].map((m) => m[1]!) : [...body.matchAll(/href="(\/[^"#]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
    for (const link of links) if (isPublic(link) && !link.includes("{") && !seen.has(link) && !link.startsWith("/_next")) queue.push(link);
  }
  expect(seen.size).toBeGreaterThan(15);

  // Portal pages of an anonymous visitor may be kept by shared caches; nothing with a session may.
  const portal = await anonymous.get("/portal");
  expect(portal.headers()["cache-control"]).toContain("public");
  expect(portal.headers()["cache-control"]).toContain("s-maxage=");
  expect((await anonymous.get("/api/v1/compacts")).headers()["etag"]).toBeTruthy();

  // Guessing addresses gets nothing either: the seeded draft, an unknown version, the member API.
  expect((await anonymous.get("/sjoberga/overenskommelse-2027-2030")).status()).toBe(404);
  expect((await anonymous.get("/api/v1/compacts/sjoberga/overenskommelse-2027-2030")).status()).toBe(404);
  expect((await anonymous.get("/api/v1/versions/not-a-publication")).status()).toBe(404);
  expect((await anonymous.get("/sjoberga/overenskommelse-2027-2030/pdf")).status()).toBe(404);
  const compacts = await (await anonymous.get("/api/v1/compacts?pageSize=100")).json();
  expect(compacts.items.map((c: { slug: string }) => c.slug)).not.toContain("overenskommelse-2027-2030");
  await anonymous.dispose();
});

test("a signed-in visitor's portal page is never marked for shared caches", async ({ page }) => {
  await signIn(page, DEMO.politician);
  const response = await page.request.get("/portal");
  expect(response.headers()["cache-control"] ?? "").not.toContain("public");
});

test("search engines find the published compact in the sitemap, its page describes itself for sharing, and it prints as a document", async ({ browser, baseURL }, testInfo) => {
  test.setTimeout(120_000);
  const visitor = await (await browser.newContext({ locale: "sv-SE" })).newPage();
  const meta = (selector: string) => visitor.locator(selector).first().getAttribute("content");

  // robots.txt keeps crawlers out of member pages and points to the sitemap.
  const robots = await (await visitor.request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /compacts/");
  expect(robots).toContain("Allow: /api/v1/");
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);

  // The sitemap has the compact the first test published and its municipality, never the seeded draft.
  const sitemap = await (await visitor.request.get("/sitemap.xml")).text();
  const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const compactUrl = locations.find((url) => /\/sjoberga\/overenskommelse-om-oppenhet-\d+$/.test(url));
  expect(compactUrl, sitemap).toBeTruthy();
  expect(locations).toEqual(expect.arrayContaining([`${baseURL}/`, `${baseURL}/portal`, `${baseURL}/sjoberga`]));
  expect(sitemap).not.toContain("overenskommelse-2027-2030");

  // The compact page: title, description, canonical address and Open Graph, open to indexing.
  await visitor.goto(compactUrl!);
  const title = (await visitor.getByRole("heading", { level: 1 }).textContent())!;
  await expect(visitor).toHaveTitle(`${title} – Överens`);
  expect(await visitor.locator('link[rel="canonical"]').getAttribute("href")).toBe(compactUrl);
  expect(await meta('meta[name="description"]')).toBeTruthy();
  expect(await meta('meta[property="og:title"]')).toBe(title);
  expect(await meta('meta[property="og:type"]')).toBe("article");
  expect(await meta('meta[property="og:url"]')).toBe(compactUrl);
  expect(await meta('meta[property="og:locale"]')).toBe("sv_SE");
  expect(await meta('meta[name="robots"]')).toBe("index, follow");

  // On paper: no site chrome or controls, black text, the address and the fingerprint printed.
  await visitor.emulateMedia({ media: "print" });
  await expect(visitor.getByRole("navigation", { name: "Huvudmeny" })).toBeHidden();
  await expect(visitor.getByRole("link", { name: "Logga in" })).toBeHidden();
  await expect(visitor.getByRole("link", { name: "Ladda ner som PDF" })).toBeHidden();
  await expect(visitor.getByTestId("print-address")).toBeVisible();
  await expect(visitor.getByTestId("print-address")).toContainText(compactUrl!);
  await expect(visitor.getByTestId("print-address")).toContainText(/[0-9a-f]{64}/);
  await expect(visitor.getByTestId("public-fingerprint")).toBeVisible();
  expect(await visitor.locator("body").evaluate((body) => getComputedStyle(body).color)).toBe("rgb(0, 0, 0)");
  await visitor.screenshot({ path: testInfo.outputPath("compact-print.png"), fullPage: true });
  await visitor.pdf({ path: testInfo.outputPath("compact-print.pdf"), format: "A4" });
  await visitor.emulateMedia({ media: "screen" });
  await expect(visitor.getByTestId("print-address")).toBeHidden();

  // The portal and the municipality page describe themselves too; the compare page is shared but not indexed.
  await visitor.goto("/portal");
  expect(await visitor.locator('link[rel="canonical"]').getAttribute("href")).toBe(`${baseURL}/portal`);
  expect(await meta('meta[property="og:type"]')).toBe("website");
  await visitor.goto("/sjoberga");
  expect(await meta('meta[property="og:title"]')).toBe("Sjöberga");
  expect(await visitor.locator('link[rel="canonical"]').getAttribute("href")).toBe(`${baseURL}/sjoberga`);
  await visitor.goto(compactUrl!);
  await visitor.getByRole("link", { name: "Jämför versioner" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText("Jämför publicerade versioner");
  expect(await meta('meta[name="robots"]')).toBe("noindex, follow");
  expect(await meta('meta[name="description"]')).toMatch(/^Version \d+ och version \d+ av /);

  // Member pages are never indexed.
  await visitor.goto("/sign-in");
  expect(await meta('meta[name="robots"]')).toBe("noindex, nofollow");
});
