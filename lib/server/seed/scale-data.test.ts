import { describe, expect, it } from "vitest";
import { generateScaleData, SCALE_TABLES, type ScaleBatch } from "@/lib/server/seed/scale-data";

const NOW = new Date("2026-06-15T12:00:00Z");

function generate(size = { municipalities: 3, compactsPerMunicipality: 2, commentsPerCompact: 25 }, takenSlugs?: Set<string>) {
  return [...generateScaleData({ size, now: NOW, runTag: "t", ...(takenSlugs ? { takenSlugs } : {}) })];
}
const rows = (batches: ScaleBatch[], table: keyof ScaleBatch) => batches.flatMap((b) => b[table]);

describe("the national-scale generator", () => {
  it("yields one batch per municipality with the asked numbers of compacts and comments", () => {
    const batches = generate();
    expect(batches).toHaveLength(3);
    expect(rows(batches, "compact")).toHaveLength(6);
    expect(rows(batches, "comment").length + rows(batches, "commentReply").length).toBe(150);
  });

  it("gives every row a unique id and every reply a thread written before it", () => {
    const batches = generate();
    const ids = SCALE_TABLES.flatMap((t) => rows(batches, t).map((r) => r.id)).filter((id) => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
    const threads = new Set(rows(batches, "comment").map((c) => c.id));
    expect(rows(batches, "commentReply").length).toBeGreaterThan(0);
    for (const reply of rows(batches, "commentReply")) expect(threads.has(reply.parentId as string)).toBe(true);
  });

  it("is deterministic for a run tag and time, and avoids slugs already taken", () => {
    expect(JSON.stringify(generate())).toBe(JSON.stringify(generate()));
    const first = rows(generate(), "municipality")[0]!.slug as string;
    const again = rows(generate(undefined, new Set([first])), "municipality").map((m) => m.slug);
    expect(again).not.toContain(first);
    expect(again[0]).toBe(`${first}-2`);
  });

  it("publishes nothing after `now` and decides every decided version it publishes", () => {
    const batches = generate({ municipalities: 7, compactsPerMunicipality: 5, commentsPerCompact: 1 });
    const decisions = rows(batches, "decision");
    for (const p of rows(batches, "publication")) {
      expect((p.publishedAt as Date).getTime()).toBeLessThanOrEqual(NOW.getTime());
      if (p.kind === "decided") expect(decisions.some((d) => d.compactId === p.compactId && d.versionNumber === p.versionNumber && d.fingerprint === p.fingerprint)).toBe(true);
    }
    const names = new Set(rows(batches, "municipality").map((m) => m.name));
    expect(names.size).toBe(7);
  });
});
