import { beforeAll, describe, expect, it } from "vitest";
import { fingerprintDocument } from "@/lib/domain/fingerprint";
import { getDb } from "../db";
import { NotEmptyError, seedScale } from "@/lib/server/seed/seed-scale";
import { TEST_DB_KIND, withDemoDatabase } from "../testing/integration";
import { listOpenConsultations, listPublicMunicipalities, listPublishedCompacts } from "./public-list";

withDemoDatabase();

const NOW = new Date("2026-06-15T12:00:00Z");
const TINY = { municipalities: 3, compactsPerMunicipality: 2, commentsPerCompact: 5 };

beforeAll(async () => {
  // The demo installation is not empty: the scale seed refuses it unless forced.
  await expect(seedScale(getDb(), { kind: TEST_DB_KIND, size: TINY, now: NOW })).rejects.toBeInstanceOf(NotEmptyError);
  await seedScale(getDb(), { kind: TEST_DB_KIND, size: TINY, now: NOW, force: true });
});

/** The newest publication of every compact, straight from the Publication table. */
async function newestPublications() {
  const publications = await getDb().publication.findMany({ orderBy: [{ publishedAt: "desc" }, { id: "desc" }] });
  const newest = new Map<string, (typeof publications)[number]>();
  for (const p of publications) if (!newest.has(p.compactId)) newest.set(p.compactId, p);
  return newest;
}

async function allListed(filter: { municipality?: string; stage?: string; q?: string } = {}) {
  const first = await listPublishedCompacts({ ...filter, pageSize: 3 });
  const items = [...first.items];
  for (let page = 2; page <= first.window.pages; page++) items.push(...(await listPublishedCompacts({ ...filter, page, pageSize: 3 })).items);
  return { items, total: first.window.total };
}

describe("the scale seed at a tiny size (3 × 2 × 5)", () => {
  it("writes consistent municipalities, compacts, publications, decisions, joinings and comments", async () => {
    const db = getDb();
    const municipalities = await db.municipality.findMany({ where: { slug: { not: "sjoberga" } }, include: { compacts: true, organisations: true } });
    expect(municipalities).toHaveLength(3);
    const compacts = municipalities.flatMap((m) => m.compacts);
    expect(compacts).toHaveLength(6);
    const ids = new Set(compacts.map((c) => c.id));
    expect(await db.comment.count({ where: { compactId: { in: [...ids] } } })).toBe(30);
    expect(new Set(compacts.map((c) => c.stage)).size).toBeGreaterThan(2);

    const orgMunicipality = new Map(municipalities.flatMap((m) => m.organisations.map((o) => [o.id, m.id] as const)));
    const compactById = new Map(compacts.map((c) => [c.id, c]));
    for (const comment of await db.comment.findMany({ where: { compactId: { in: [...ids] } } })) {
      expect(orgMunicipality.get(comment.organisationId)).toBe(comment.municipalityId);
      expect(comment.versionNumber).toBeLessThanOrEqual(compactById.get(comment.compactId)!.currentVersion);
    }
    const publications = await db.publication.findMany({ where: { compactId: { in: [...ids] } } });
    expect(publications.length).toBeGreaterThan(4);
    const decisions = await db.decision.findMany({ where: { compactId: { in: [...ids] } } });
    for (const p of publications) {
      const compact = compactById.get(p.compactId)!;
      expect([p.municipalityId, p.compactSlug]).toEqual([compact.municipalityId, compact.slug]);
      expect(p.fingerprint).toBe(fingerprintDocument(p.content));
      expect(p.publishedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      if (p.kind === "decided") expect(decisions.some((d) => d.compactId === p.compactId && d.versionNumber === p.versionNumber && d.fingerprint === p.fingerprint && d.outcome === "approved")).toBe(true);
    }
    // Joinings only for adopted compacts, each organisation of the compact's municipality.
    for (const j of await db.joining.findMany({ where: { compactId: { in: [...ids] } } })) {
      expect(decisions.some((d) => d.compactId === j.compactId)).toBe(true);
      expect(orgMunicipality.get(j.organisationId)).toBe(j.municipalityId);
    }
    // The listing has one row per published compact: its newest publication and current stage.
    const newest = await newestPublications();
    const listing = await db.publishedCompact.findMany({ where: { compactId: { in: [...ids] } } });
    expect(listing.map((l) => l.compactId).sort()).toEqual([...new Set(publications.map((p) => p.compactId))].sort());
    for (const row of listing) {
      expect(row.publicationId).toBe(newest.get(row.compactId)!.id);
      expect(row.stage).toBe(compactById.get(row.compactId)!.stage);
    }
    // Some compacts are never published (a decision pending, an agenda).
    expect(compacts.length).toBeGreaterThan(listing.length);
  });
});

describe("portal lists", () => {
  it("lists every published compact once, newest publication first, across page boundaries", async () => {
    const newest = await newestPublications();
    const { items, total } = await allListed();
    expect(total).toBe(newest.size);
    expect(items.map((i) => i.compactId).sort()).toEqual([...newest.keys()].sort());
    for (let n = 1; n < items.length; n++) {
      const [a, b] = [items[n - 1]!, items[n]!];
      expect(a.publishedAt.getTime() > b.publishedAt.getTime() || (a.publishedAt.getTime() === b.publishedAt.getTime() && a.compactId > b.compactId)).toBe(true);
    }
    for (const item of items) {
      const p = newest.get(item.compactId)!;
      expect([item.latestVersion, item.latestKind, item.title, item.path]).toEqual([p.versionNumber, p.kind, p.title, `/${item.municipalitySlug}/${p.compactSlug}`]);
    }
    // Out-of-range pages are clamped, as before.
    const last = await listPublishedCompacts({ page: 999, pageSize: 3 });
    expect(last.window.page).toBe(last.window.pages);
    expect(last.items.length).toBe(total - (last.window.pages - 1) * 3);
    expect((await listPublishedCompacts({ page: -4, pageSize: 3 })).window.page).toBe(1);
  });

  it("never lists a draft or an unpublished compact", async () => {
    const unpublished = await getDb().compact.findMany({ where: { id: { notIn: [...(await newestPublications()).keys()] } }, select: { id: true } });
    expect(unpublished.length).toBeGreaterThan(0);
    const listed = new Set((await allListed()).items.map((i) => i.compactId));
    for (const c of unpublished) expect(listed.has(c.id)).toBe(false);
  });

  it("shows the newest of several publications: a second decided version, or a new consultation draft", async () => {
    const { items } = await allListed();
    const adoptedTwice = items.find((i) => i.latestVersion === 2 && i.latestKind === "decided");
    const secondRound = items.find((i) => i.latestVersion === 2 && i.latestKind === "consultation");
    expect(adoptedTwice?.stage).toBe("implementation");
    expect(secondRound?.stage).toBe("formulation");
    expect(secondRound?.consultationEndsAt).not.toBeNull();
  });

  it("keeps the newest publication when an older one is written later, and follows stage changes", async () => {
    const db = getDb();
    const [item] = (await listPublishedCompacts({ pageSize: 1 })).items;
    const compact = await db.compact.findUniqueOrThrow({ where: { id: item!.compactId } });
    await db.publication.create({
      data: { compactId: compact.id, municipalityId: compact.municipalityId, compactSlug: compact.slug, versionNumber: 1, fingerprint: "a".repeat(64), kind: "consultation", title: "Äldre titel", content: { type: "doc", content: [] }, publishedById: "x", publishedAt: new Date(item!.publishedAt.getTime() - 1000) },
    });
    expect((await listPublishedCompacts({ pageSize: 1 })).items[0]).toMatchObject({ compactId: compact.id, title: item!.title });
    expect((await listPublishedCompacts({ q: "äldre titel" })).items).toHaveLength(0);
    const stage = compact.stage === "review" ? "reformulation" : "review";
    await db.compact.update({ where: { id: compact.id }, data: { stage } });
    expect((await listPublishedCompacts({ stage })).items.map((i) => i.compactId)).toContain(compact.id);
    await db.compact.update({ where: { id: compact.id }, data: { stage: compact.stage } });
    expect((await listPublishedCompacts({ stage })).items.map((i) => i.compactId)).not.toContain(compact.id);
  });

  it("filters by municipality and stage, and counts without loading rows", async () => {
    const municipalities = await listPublicMunicipalities();
    const withCompacts = municipalities.filter((m) => m.publishedCompacts > 0);
    expect(withCompacts.length).toBeGreaterThan(1);
    for (const m of withCompacts) {
      const { items, total } = await allListed({ municipality: m.slug });
      expect(total).toBe(m.publishedCompacts);
      expect(items.every((i) => i.municipalitySlug === m.slug)).toBe(true);
    }
    const everything = (await allListed()).items;
    for (const stage of ["implementation", "formulation", "review", "agenda"]) {
      const { items } = await allListed({ stage });
      expect(items.map((i) => i.compactId).sort()).toEqual(everything.filter((i) => i.stage === stage).map((i) => i.compactId).sort());
    }
    const m = withCompacts[0]!;
    const both = await allListed({ municipality: m.slug, stage: "implementation" });
    expect(both.items.every((i) => i.municipalitySlug === m.slug && i.stage === "implementation")).toBe(true);
    expect(await listPublishedCompacts({ municipality: "finns-inte" })).toMatchObject({ items: [], window: { total: 0 } });
  });

  it("searches title and summary of the shown publication, case-insensitively with Swedish letters", async () => {
    const everything = (await allListed()).items;
    const expected = everything.filter((i) => `${i.title} ${i.summary}`.toLowerCase().includes("äldreomsorgen")).map((i) => i.compactId);
    const upper = (await allListed({ q: "ÄLDREOMSORGEN" })).items.map((i) => i.compactId);
    const lower = (await allListed({ q: "  äldreomsorgen " })).items.map((i) => i.compactId);
    expect(upper.sort()).toEqual(expected.sort());
    expect(lower.sort()).toEqual(expected.sort());
    const byName = everything[0]!.municipalityName;
    expect((await allListed({ q: byName.toUpperCase() })).items.length).toBeGreaterThan(0);
    expect((await listPublishedCompacts({ q: "finns-inte-alls" })).window.total).toBe(0);
    // Wildcards are literal.
    expect((await listPublishedCompacts({ q: "%" })).window.total).toBe(0);
    expect((await listPublishedCompacts({ q: "k_mmun" })).window.total).toBe(0);
    expect((await listPublishedCompacts({ q: "kommun%" })).window.total).toBe(0);
  });

  it("lists open and upcoming consultations, soonest end first", async () => {
    const open = await listOpenConsultations(NOW);
    expect(open.length).toBeGreaterThan(0);
    for (const item of open) {
      expect(item.latestKind).toBe("consultation");
      expect(item.consultationEndsAt === null || item.consultationEndsAt >= NOW).toBe(true);
    }
    const ends = open.map((i) => i.consultationEndsAt?.getTime() ?? Infinity);
    expect([...ends].sort((a, b) => a - b)).toEqual(ends);
    expect(await listOpenConsultations(new Date(NOW.getTime() + 400 * 86_400_000))).toEqual([]);
    const one = open[0]!.municipalitySlug;
    expect((await listOpenConsultations(NOW, { municipality: one })).every((i) => i.municipalitySlug === one)).toBe(true);
  });
});
