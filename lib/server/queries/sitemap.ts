import "server-only";
import { publicCompactPath } from "@/lib/domain/publication";
import { getDb } from "../db";

export type SitemapEntry = { path: string; lastModified: Date | null };

/**
 * The public pages search engines should know: the start page, the portal, every municipality that has
 * published something and every published compact at its current address (the newest publication's
 * slug), each dated by its newest publication. Reads Publication rows only, so a draft that has never
 * been published cannot appear.
 */
export async function listSitemapEntries(): Promise<SitemapEntry[]> {
  const db = getDb();
  const [latest, municipalities] = await Promise.all([
    db.publication.findMany({
      distinct: ["compactId"],
      orderBy: [{ compactId: "asc" }, { publishedAt: "desc" }],
      select: { municipalityId: true, compactSlug: true, publishedAt: true },
    }),
    db.municipality.findMany({ select: { id: true, slug: true }, orderBy: { slug: "asc" } }),
  ]);
  const slugOf = new Map(municipalities.map((m) => [m.id, m.slug]));
  const newestIn = new Map<string, Date>();
  for (const p of latest) {
    const seen = newestIn.get(p.municipalityId);
    if (!seen || p.publishedAt > seen) newestIn.set(p.municipalityId, p.publishedAt);
  }
  const newest = latest.reduce<Date | null>((max, p) => (!max || p.publishedAt > max ? p.publishedAt : max), null);
  const compacts = latest
    .filter((p) => slugOf.has(p.municipalityId))
    .map((p) => ({ path: publicCompactPath(slugOf.get(p.municipalityId)!, p.compactSlug), lastModified: p.publishedAt }))
    .sort((a, b) => a.path.localeCompare(b.path));
  const places = municipalities.filter((m) => newestIn.has(m.id)).map((m) => ({ path: `/${encodeURIComponent(m.slug)}`, lastModified: newestIn.get(m.id)! }));
  return [{ path: "/", lastModified: newest }, { path: "/portal", lastModified: newest }, ...places, ...compacts];
}
