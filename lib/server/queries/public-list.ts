import "server-only";
import { pageWindow, publicCompactPath, type PageWindow, type PublicationKind } from "@/lib/domain/publication";
import { foldSearchText } from "@/lib/domain/search-text";
import { isStage, type Stage } from "@/lib/domain/stages";
import { getDb } from "../db";

/**
 * The portal's lists at national scale. They read the PublishedCompact table: one narrow row per
 * published compact (its newest publication and current stage), kept up to date by database triggers
 * in the same transaction as each publication and stage change. A list is one COUNT and one page of
 * rows by index (ORDER BY publishedAt DESC, compactId DESC LIMIT n OFFSET k), never every publication.
 *
 * Search is a substring match (LIKE '%term%') on searchText, the lower-case title and summary. A
 * leading wildcard cannot use a B-tree index, so it scans this table, which holds at most one row per
 * published compact (1,450 at 290 municipalities × 5) and no texts: well under a millisecond. The
 * municipality and stage filters narrow the scan through their indexes first.
 */

export const PUBLIC_PAGE_SIZE = 20;

export type PublicCompactListItem = {
  compactId: string;
  municipalitySlug: string;
  municipalityName: string;
  slug: string;
  path: string;
  title: string;
  summary: string;
  stage: Stage;
  latestVersion: number;
  latestKind: PublicationKind;
  publishedAt: Date;
  consultationEndsAt: Date | null;
};

export type PublicListFilter = { municipality?: string | undefined; stage?: string | undefined; q?: string | undefined; page?: number | undefined; pageSize?: number | undefined };

type ListingRow = {
  compactId: string;
  municipalityId: string;
  stage: string;
  compactSlug: string;
  title: string;
  summary: string;
  versionNumber: number;
  kind: string;
  publishedAt: Date;
  consultationEndsAt: Date | null;
};

const LISTING_SELECT = {
  compactId: true,
  municipalityId: true,
  stage: true,
  compactSlug: true,
  title: true,
  summary: true,
  versionNumber: true,
  kind: true,
  publishedAt: true,
  consultationEndsAt: true,
} as const;

/** Newest publication first; the compact id breaks ties so that pages never overlap. */
const NEWEST_FIRST = [{ publishedAt: "desc" as const }, { compactId: "desc" as const }];

/** Every municipality (for the filter) with its number of published compacts, by index. */
export async function listPublicMunicipalities() {
  const db = getDb();
  const [municipalities, counts] = await Promise.all([
    db.municipality.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } }),
    db.publishedCompact.groupBy({ by: ["municipalityId"], _count: { _all: true } }),
  ]);
  const per = new Map(counts.map((row) => [row.municipalityId, row._count._all]));
  return municipalities.map((m) => ({ slug: m.slug, name: m.name, publishedCompacts: per.get(m.id) ?? 0 }));
}

/** The municipalities for the portal's filter: slug and name only, one indexed read and no counting. */
export async function listMunicipalityChoices(): Promise<{ slug: string; name: string }[]> {
  return getDb().municipality.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } });
}

/** Rows to list items, with their municipalities' slugs and names (one lookup by primary key). */
async function toListItems(rows: ListingRow[]): Promise<PublicCompactListItem[]> {
  const ids = [...new Set(rows.map((r) => r.municipalityId))];
  const municipalities = ids.length ? await getDb().municipality.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, name: true } }) : [];
  const byId = new Map(municipalities.map((m) => [m.id, m]));
  return rows.flatMap((row): PublicCompactListItem[] => {
    const m = byId.get(row.municipalityId);
    if (!m || !isStage(row.stage)) return [];
    return [
      {
        compactId: row.compactId,
        municipalitySlug: m.slug,
        municipalityName: m.name,
        slug: row.compactSlug,
        path: publicCompactPath(m.slug, row.compactSlug),
        title: row.title,
        summary: row.summary,
        stage: row.stage,
        latestVersion: row.versionNumber,
        latestKind: row.kind === "consultation" ? "consultation" : "decided",
        publishedAt: row.publishedAt,
        consultationEndsAt: row.consultationEndsAt,
      },
    ];
  });
}

/**
 * Published compacts (newest publication first), filtered by municipality, the compact's current stage
 * and text (in the title or summary of the newest publication), one page at a time.
 */
export async function listPublishedCompacts(filter: PublicListFilter = {}): Promise<{ items: PublicCompactListItem[]; window: PageWindow }> {
  const db = getDb();
  const pageSize = filter.pageSize ?? PUBLIC_PAGE_SIZE;
  const municipality = filter.municipality ? await db.municipality.findUnique({ where: { slug: filter.municipality }, select: { id: true } }) : null;
  if (filter.municipality && !municipality) return { items: [], window: pageWindow(1, pageSize, 0) };
  const base = {
    ...(municipality ? { municipalityId: municipality.id } : {}),
    ...(filter.stage ? { stage: filter.stage } : {}),
  };
  const where = { ...base, ...(await searchCondition(base, filter.q)) };
  const total = await db.publishedCompact.count({ where });
  const window = pageWindow(filter.page ?? 1, pageSize, total);
  const rows = total ? await db.publishedCompact.findMany({ where, orderBy: NEWEST_FIRST, skip: window.skip, take: window.pageSize, select: LISTING_SELECT }) : [];
  return { items: await toListItems(rows), window };
}

/** LIKE's wildcards (and PostgreSQL's default escape character), which Prisma's `contains` passes on. */
const LIKE_SPECIAL = /[%_\\]/;

/**
 * The text condition: `contains` on the folded search text. A term with a LIKE wildcard in it is rare:
 * then the literal pieces between the wildcards narrow the rows by LIKE and the exact substring test is
 * done here, over at most one narrow row per published compact.
 */
async function searchCondition(base: object, text: string | undefined) {
  const q = text ? foldSearchText(text) : "";
  if (!q) return {};
  if (!LIKE_SPECIAL.test(q)) return { searchText: { contains: q } };
  const pieces = q.split(LIKE_SPECIAL).filter(Boolean);
  const candidates = await getDb().publishedCompact.findMany({
    where: { ...base, AND: pieces.map((piece) => ({ searchText: { contains: piece } })) },
    select: { compactId: true, searchText: true },
  });
  return { compactId: { in: candidates.filter((c) => c.searchText.includes(q)).map((c) => c.compactId) } };
}

/**
 * Consultation drafts whose comment round is open or upcoming at `now` (its end not passed, or no end
 * given), soonest end first: the newest publication of the compact must be the consultation.
 */
export async function listOpenConsultations(now: Date, filter: { municipality?: string | undefined; limit?: number } = {}): Promise<PublicCompactListItem[]> {
  const db = getDb();
  const municipality = filter.municipality ? await db.municipality.findUnique({ where: { slug: filter.municipality }, select: { id: true } }) : null;
  if (filter.municipality && !municipality) return [];
  const rows = await db.publishedCompact.findMany({
    where: {
      kind: "consultation",
      OR: [{ consultationEndsAt: null }, { consultationEndsAt: { gte: now } }],
      ...(municipality ? { municipalityId: municipality.id } : {}),
    },
    orderBy: [{ consultationEndsAt: { sort: "asc", nulls: "last" } }, { compactId: "asc" }],
    take: filter.limit ?? 10,
    select: LISTING_SELECT,
  });
  return toListItems(rows);
}

/** Addresses and titles of published compacts by id (only those asked for), for the API's lists. */
export async function publishedCompactsById(compactIds: readonly string[]) {
  const db = getDb();
  const rows = compactIds.length
    ? await db.publishedCompact.findMany({ where: { compactId: { in: [...new Set(compactIds)] } }, select: { compactId: true, municipalityId: true, compactSlug: true, title: true } })
    : [];
  const ids = [...new Set(rows.map((r) => r.municipalityId))];
  const municipalities = ids.length ? await db.municipality.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, name: true } }) : [];
  const m = new Map(municipalities.map((x) => [x.id, x]));
  return new Map(rows.map((r) => [r.compactId, { path: publicCompactPath(m.get(r.municipalityId)?.slug ?? "", r.compactSlug), title: r.title, municipality: m.get(r.municipalityId)?.name ?? "" }]));
}
