import "server-only";
import { createHash } from "node:crypto";
import { pageWindow, publicCompactPath, summariseJoinings, type PublicationKind } from "@/lib/domain/publication";
import { isStage, type Stage, type StageEntry } from "@/lib/domain/stages";
import { getDb } from "../db";
import { getPrincipleSnapshot } from "./principles";
import { PUBLIC_PAGE_SIZE, publishedCompactsById } from "./public-list";
import { participationEntryOf } from "./participation";

/**
 * Read models of the public portal and the open-data API. They read only what has been published:
 * Publication rows (which carry their own copy of the text), approved decisions on published versions,
 * confirmed joinings and the stage history of published compacts. Never a draft, never a user's e-mail.
 */

export { PUBLIC_PAGE_SIZE, listMunicipalityChoices, listOpenConsultations, listPublicMunicipalities, listPublishedCompacts } from "./public-list";
export type { PublicCompactListItem, PublicListFilter } from "./public-list";

export async function getPublicMunicipality(slug: string) {
  return getDb().municipality.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, logoText: true } });
}

/** The publications of one compact at its public address, newest first; null when nothing is published. */
async function publicationsAt(municipalitySlug: string, compactSlug: string) {
  const db = getDb();
  const municipality = await getPublicMunicipality(municipalitySlug);
  if (!municipality) return null;
  const publications = await db.publication.findMany({
    where: { municipalityId: municipality.id, compactSlug },
    orderBy: { publishedAt: "desc" },
  });
  if (publications.length === 0) return null;
  return { municipality, publications, compactId: publications[0]!.compactId };
}

export type PublicVersion = { id: string; version: number; kind: PublicationKind; fingerprint: string; publishedAt: Date; consultationStartsAt: Date | null; consultationEndsAt: Date | null };

function versionOf(p: { id: string; versionNumber: number; kind: string; fingerprint: string; publishedAt: Date; consultationStartsAt: Date | null; consultationEndsAt: Date | null }): PublicVersion {
  return {
    id: p.id,
    version: p.versionNumber,
    kind: p.kind === "consultation" ? "consultation" : "decided",
    fingerprint: p.fingerprint,
    publishedAt: p.publishedAt,
    consultationStartsAt: p.consultationStartsAt,
    consultationEndsAt: p.consultationEndsAt,
  };
}

/** Everything the public compact page shows. `publicationId` picks an earlier publication. */
export async function getPublicCompact(municipalitySlug: string, compactSlug: string, publicationId?: string) {
  const found = await publicationsAt(municipalitySlug, compactSlug);
  if (!found) return null;
  const { municipality, publications, compactId } = found;
  const shown = (publicationId && publications.find((p) => p.id === publicationId)) || publications[0]!;
  const db = getDb();
  const [compact, stageChanges, participation, decisions, joinings] = await Promise.all([
    db.compact.findUniqueOrThrow({ where: { id: compactId }, select: { stage: true, updatedAt: true } }),
    db.stageChange.findMany({ where: { compactId }, orderBy: { createdAt: "asc" }, select: { toStage: true, createdAt: true, versionNumber: true } }),
    db.participationEntry.findMany({ where: { compactId }, orderBy: { createdAt: "asc" } }),
    publicDecisions(compactId),
    publicJoinings(compactId),
  ]);
  const snapshot = shown.kind === "decided" ? await getPrincipleSnapshot(null, compactId, shown.versionNumber) : null;
  return {
    compactId,
    municipality: { slug: municipality.slug, name: municipality.name },
    path: publicCompactPath(municipality.slug, compactSlug),
    slug: compactSlug,
    title: shown.title,
    summary: shown.summary,
    stage: (isStage(compact.stage) ? compact.stage : "agenda") as Stage,
    shown: { ...versionOf(shown), content: shown.content },
    latestId: publications[0]!.id,
    versions: publications.map(versionOf),
    timelineEntries: stageChanges
      .filter((s) => isStage(s.toStage))
      .map((s): StageEntry => ({ stage: s.toStage as Stage, enteredAt: s.createdAt, enteredBy: "", version: s.versionNumber })),
    participation: participation.map(participationEntryOf),
    principles: snapshot,
    decisions,
    joinings,
    joiningSummary: summariseJoinings(joinings),
    etagSeed: [shown.id, publications[0]!.id, compact.updatedAt.toISOString(), joinings.length, joinings.map((j) => j.confirmedAt?.toISOString()).join(",")].join("|"),
  };
}

export type PublicCompact = NonNullable<Awaited<ReturnType<typeof getPublicCompact>>>;

/** Two published versions' texts, for comparison. */
export async function getPublicVersionPair(municipalitySlug: string, compactSlug: string, fromId: string, toId: string) {
  const found = await publicationsAt(municipalitySlug, compactSlug);
  if (!found) return null;
  const from = found.publications.find((p) => p.id === fromId);
  const to = found.publications.find((p) => p.id === toId);
  return { title: found.publications[0]!.title, versions: found.publications.map(versionOf), from: from ?? null, to: to ?? null };
}

/** Approved decisions of a compact (the body's decision record). */
export async function publicDecisions(compactId: string) {
  const rows = await getDb().decision.findMany({ where: { compactId, outcome: "approved" }, orderBy: { createdAt: "desc" } });
  return rows.map((d) => ({
    id: d.id,
    version: d.versionNumber,
    outcome: d.outcome,
    body: d.body,
    caseNumber: d.caseNumber,
    meetingDate: d.meetingDate,
    motivation: d.motivation,
    fingerprint: d.fingerprint,
    recordedAt: d.createdAt,
  }));
}

/** Confirmed joinings, with the organisation's name, sector and kind. */
export async function publicJoinings(compactId: string) {
  const db = getDb();
  const rows = await db.joining.findMany({
    where: { compactId, status: "confirmed" },
    orderBy: { joinedOn: "asc" },
    select: { id: true, organisationId: true, joinedOn: true, evidence: true, evidenceFileName: true, confirmedAt: true },
  });
  const organisations = rows.length
    ? await db.organisation.findMany({ where: { id: { in: rows.map((r) => r.organisationId) } }, select: { id: true, name: true, sector: true, kind: true } })
    : [];
  const byId = new Map(organisations.map((o) => [o.id, o]));
  return rows.flatMap((r) => {
    const o = byId.get(r.organisationId);
    return o ? [{ id: r.id, organisation: o.name, sector: o.sector, kind: o.kind, joinedOn: r.joinedOn, evidence: r.evidence, hasFile: !!r.evidenceFileName, confirmedAt: r.confirmedAt }] : [];
  });
}

/** A confirmed joining's evidence PDF, when its compact is published. */
export async function getPublicEvidenceFile(joiningId: string) {
  const db = getDb();
  const joining = await db.joining.findUnique({ where: { id: joiningId } });
  if (!joining || joining.status !== "confirmed" || !joining.evidenceFile) return null;
  const published = await db.publication.count({ where: { compactId: joining.compactId } });
  if (!published) return null;
  return { name: joining.evidenceFileName ?? "evidence.pdf", bytes: joining.evidenceFile };
}

/** Newest publications and decisions, for the Atom feed. */
export async function recentPublicEvents(limit = 50) {
  const db = getDb();
  const [publications, municipalities] = await Promise.all([
    db.publication.findMany({
      orderBy: { publishedAt: "desc" },
      take: limit,
      select: { id: true, compactId: true, municipalityId: true, compactSlug: true, title: true, summary: true, versionNumber: true, kind: true, fingerprint: true, publishedAt: true },
    }),
    db.municipality.findMany({ select: { id: true, slug: true, name: true } }),
  ]);
  const published = new Set(publications.map((p) => p.compactId));
  const decisions = published.size
    ? await db.decision.findMany({ where: { compactId: { in: [...published] }, outcome: "approved" }, orderBy: { createdAt: "desc" }, take: limit })
    : [];
  const m = new Map(municipalities.map((x) => [x.id, x]));
  const pathOf = new Map(publications.map((p) => [p.compactId, { path: publicCompactPath(m.get(p.municipalityId)?.slug ?? "", p.compactSlug), title: p.title, municipality: m.get(p.municipalityId)?.name ?? "" }]));
  return [
    ...publications.map((p) => ({ id: `publication:${p.id}`, type: "publication" as const, kind: p.kind, title: p.title, municipality: m.get(p.municipalityId)?.name ?? "", path: publicCompactPath(m.get(p.municipalityId)?.slug ?? "", p.compactSlug), version: p.versionNumber, fingerprint: p.fingerprint, at: p.publishedAt, text: p.summary })),
    ...decisions.flatMap((d) => {
      const target = pathOf.get(d.compactId);
      return target ? [{ id: `decision:${d.id}`, type: "decision" as const, kind: d.outcome, title: target.title, municipality: target.municipality, path: target.path, version: d.versionNumber, fingerprint: d.fingerprint, at: d.createdAt, text: `${d.body}, ${d.caseNumber}: ${d.motivation}` }] : [];
    }),
  ]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, limit);
}

/** A weak ETag of a public representation: same inputs, same tag. */
export function publicEtag(...parts: (string | number)[]): string {
  return `W/"${createHash("sha256").update(parts.join("\u0000")).digest("base64url").slice(0, 27)}"`;
}

/** Ids of every published compact (optionally of one municipality), from the one-row-per-compact listing. */
async function publishedCompactIds(municipalitySlug?: string): Promise<string[]> {
  const db = getDb();
  const municipality = municipalitySlug ? await db.municipality.findUnique({ where: { slug: municipalitySlug }, select: { id: true } }) : null;
  if (municipalitySlug && !municipality) return [];
  const rows = await db.publishedCompact.findMany({ where: municipality ? { municipalityId: municipality.id } : {}, select: { compactId: true } });
  return rows.map((r) => r.compactId);
}

/** Approved decisions on published compacts, newest first, paginated. */
export async function listPublicDecisions(filter: { municipality?: string | undefined; page?: number; pageSize?: number }) {
  const ids = await publishedCompactIds(filter.municipality);
  const where = { compactId: { in: ids }, outcome: "approved" };
  const db = getDb();
  const total = ids.length ? await db.decision.count({ where }) : 0;
  const window = pageWindow(filter.page ?? 1, filter.pageSize ?? PUBLIC_PAGE_SIZE, total);
  const rows = total ? await db.decision.findMany({ where, orderBy: { createdAt: "desc" }, skip: window.skip, take: window.pageSize }) : [];
  const index = await publishedCompactsById(rows.map((r) => r.compactId));
  return {
    window,
    items: rows.map((d) => ({
      id: d.id,
      compact: index.get(d.compactId)!,
      version: d.versionNumber,
      fingerprint: d.fingerprint,
      outcome: d.outcome,
      body: d.body,
      caseNumber: d.caseNumber,
      meetingDate: d.meetingDate,
      motivation: d.motivation,
      recordedAt: d.createdAt,
    })),
    lastModified: rows[0]?.createdAt ?? null,
  };
}

/** Confirmed joinings of published compacts, paginated (pageSize 0: all, for the CSV). */
export async function listPublicJoinings(filter: { municipality?: string | undefined; page?: number; pageSize?: number }) {
  const ids = await publishedCompactIds(filter.municipality);
  const where = { compactId: { in: ids }, status: "confirmed" };
  const db = getDb();
  const total = ids.length ? await db.joining.count({ where }) : 0;
  const all = filter.pageSize === 0;
  const window = pageWindow(all ? 1 : (filter.page ?? 1), all ? Math.max(total, 1) : (filter.pageSize ?? PUBLIC_PAGE_SIZE), total);
  const rows = total
    ? await db.joining.findMany({
        where,
        orderBy: [{ joinedOn: "asc" }, { id: "asc" }],
        skip: window.skip,
        take: window.pageSize,
        select: { id: true, compactId: true, organisationId: true, joinedOn: true, evidence: true, evidenceFileName: true, confirmedAt: true },
      })
    : [];
  const [organisations, index] = await Promise.all([
    rows.length ? db.organisation.findMany({ where: { id: { in: rows.map((r) => r.organisationId) } }, select: { id: true, name: true, sector: true, kind: true } }) : [],
    publishedCompactsById(rows.map((r) => r.compactId)),
  ]);
  const o = new Map(organisations.map((x) => [x.id, x]));
  return {
    window,
    items: rows.map((r) => ({
      id: r.id,
      compact: index.get(r.compactId)!,
      organisation: o.get(r.organisationId)?.name ?? "",
      sector: o.get(r.organisationId)?.sector ?? "",
      kind: o.get(r.organisationId)?.kind ?? "",
      joinedOn: r.joinedOn,
      evidence: r.evidence,
      hasFile: !!r.evidenceFileName,
      confirmedAt: r.confirmedAt,
    })),
    lastModified: rows.reduce<Date | null>((latest, r) => (r.confirmedAt && (!latest || r.confirmedAt > latest) ? r.confirmedAt : latest), null),
  };
}

/** One publication with its text, for the API. */
export async function getPublicVersion(publicationId: string) {
  const p = await getDb().publication.findUnique({ where: { id: publicationId } });
  if (!p) return null;
  const municipality = await getDb().municipality.findUnique({ where: { id: p.municipalityId }, select: { slug: true, name: true } });
  if (!municipality) return null;
  return { publication: p, municipality };
}

/** Where a compact's newest publication lives on the portal (municipality and compact slugs), if it has one. */
export async function latestPublicationPath(compactId: string): Promise<{ municipalitySlug: string; compactSlug: string } | null> {
  const db = getDb();
  const publication = await db.publication.findFirst({ where: { compactId }, orderBy: { publishedAt: "desc" }, select: { municipalityId: true, compactSlug: true } });
  const municipality = publication && (await db.municipality.findUnique({ where: { id: publication.municipalityId }, select: { slug: true } }));
  return publication && municipality ? { municipalitySlug: municipality.slug, compactSlug: publication.compactSlug } : null;
}
