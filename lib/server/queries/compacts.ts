import { assertCan, can } from "@/lib/domain/permissions";
import { NotFoundError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";
import { getDb } from "../db";

export type CompactListItem = { id: string; slug: string; title: string; summary: string; stage: string; currentVersion: number; updatedAt: Date };

/** Compacts of the actor's municipality, drafts included: only for members. */
export async function listCompacts(actor: Actor | null, filter: { stage?: string; query?: string } = {}): Promise<CompactListItem[]> {
  assertCan(actor, "compact.viewDraft", { municipalityId: actor?.municipalityId });
  const rows = await getDb().compact.findMany({
    where: {
      municipalityId: actor.municipalityId,
      ...(filter.stage ? { stage: filter.stage } : {}),
      ...(filter.query ? { title: { contains: filter.query } } : {}),
    },
    orderBy: { updatedAt: "desc" },
  });
  return rows.map(({ id, slug, title, summary, stage, currentVersion, updatedAt }) => ({ id, slug, title, summary, stage, currentVersion, updatedAt }));
}

export type CompactDetail = CompactListItem & {
  municipalityId: string;
  content: unknown;
  createdAt: Date;
};

/** A compact with its current text. Unknown, or in another municipality: 404, so nothing leaks. */
export async function getCompact(actor: Actor | null, id: string): Promise<CompactDetail> {
  const compact = await getDb().compact.findUnique({ where: { id }, include: { versions: true } });
  if (!compact) throw new NotFoundError();
  if (actor && !can(actor, "compact.viewDraft", { municipalityId: compact.municipalityId })) throw new NotFoundError();
  assertCan(actor, "compact.viewDraft", { municipalityId: compact.municipalityId });
  const version = compact.versions.find((v) => v.number === compact.currentVersion);
  return {
    id: compact.id,
    slug: compact.slug,
    title: compact.title,
    summary: compact.summary,
    stage: compact.stage,
    currentVersion: compact.currentVersion,
    updatedAt: compact.updatedAt,
    createdAt: compact.createdAt,
    municipalityId: compact.municipalityId,
    content: version?.content ?? null,
  };
}
