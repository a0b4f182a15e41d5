import "server-only";
import { publicCompactPath } from "@/lib/domain/publication";
import { getDb } from "../db";
import { getPublicMunicipality } from "./public";
import type { PublishedText } from "@/lib/server/documents/published-text";

/** One publication's text for export (the latest at the address, or the one asked for). */
export async function getPublishedText(municipalitySlug: string, compactSlug: string, publicationId: string | undefined, appUrl: string): Promise<PublishedText | null> {
  const municipality = await getPublicMunicipality(municipalitySlug);
  if (!municipality) return null;
  const db = getDb();
  const publication = await db.publication.findFirst({
    where: { municipalityId: municipality.id, compactSlug, ...(publicationId ? { id: publicationId } : {}) },
    orderBy: { publishedAt: "desc" },
  });
  if (!publication) return null;
  const decision =
    publication.kind === "decided"
      ? await db.decision.findFirst({ where: { compactId: publication.compactId, versionNumber: publication.versionNumber, fingerprint: publication.fingerprint, outcome: "approved" } })
      : null;
  return {
    id: publication.id,
    title: publication.title,
    municipality: municipality.name,
    version: publication.versionNumber,
    kind: publication.kind === "consultation" ? "consultation" : "decided",
    fingerprint: publication.fingerprint,
    publishedAt: publication.publishedAt,
    url: `${appUrl.replace(/\/$/, "")}${publicCompactPath(municipality.slug, compactSlug)}`,
    content: publication.content,
    decision: decision ? { body: decision.body, caseNumber: decision.caseNumber, meetingDate: decision.meetingDate } : undefined,
  };
}
