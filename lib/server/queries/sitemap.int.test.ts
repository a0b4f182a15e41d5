import { describe, expect, it } from "vitest";
import sitemap from "@/app/sitemap";
import robots from "@/app/robots";
import { getDb } from "../db";
import { getEnv } from "../env";
import { adoptCompact, demoActor, withDemoDatabase } from "../testing/integration";
import { createCompact } from "../services/compacts/create-compact";

withDemoDatabase();

/** An adopted (so published) compact; the seeded compact and a new one stay drafts. */
async function adoptOne(title: string): Promise<string> {
  const id = await adoptCompact(title, { text: "# Syfte\nEn text som alla får läsa.\nÖverenskommelsen ses över vart tredje år.", caseNumber: "KS 2027/11" });
  return (await getDb().compact.findUniqueOrThrow({ where: { id } })).slug;
}

describe("sitemap.xml", () => {
  it("lists the start page and the portal only while nothing is published", async () => {
    const urls = (await sitemap()).map((entry) => entry.url);
    const base = getEnv().APP_URL.replace(/\/$/, "");
    expect(urls).toEqual([`${base}/`, `${base}/portal`]);
  });

  it("lists every published compact and its municipality on the public address, dated, and no draft", async () => {
    const slug = await adoptOne("Överenskommelse om synlighet");
    const draft = await createCompact(await demoActor("tjansteperson"), { title: "Hemligt utkast om sökmotorer" });
    const entries = await sitemap();
    const base = getEnv().APP_URL.replace(/\/$/, "");
    expect(entries.map((e) => e.url)).toEqual([`${base}/`, `${base}/portal`, `${base}/sjoberga`, `${base}/sjoberga/${slug}`]);
    expect(entries.every((e) => e.lastModified instanceof Date)).toBe(true);
    const drafts = await getDb().compact.findMany({ select: { slug: true, id: true } });
    for (const other of drafts.filter((c) => c.slug !== slug)) expect(entries.some((e) => e.url.endsWith(`/${other.slug}`))).toBe(false);
    expect(drafts.some((c) => c.id === draft.id)).toBe(true);
  });
});

describe("robots.txt", () => {
  it("closes member pages and the API except open data, and points to the sitemap", () => {
    const rules = robots();
    const rule = Array.isArray(rules.rules) ? rules.rules[0]! : rules.rules;
    expect(rule.allow).toEqual(expect.arrayContaining(["/", "/api/v1/"]));
    expect(rule.disallow).toEqual(expect.arrayContaining(["/compacts/", "/compacts$", "/admin/", "/api/"]));
    expect(rules.sitemap).toBe(`${getEnv().APP_URL.replace(/\/$/, "")}/sitemap.xml`);
  });
});
