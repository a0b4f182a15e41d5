import { fingerprintDocument } from "@/lib/domain/fingerprint";
import type { PublicationKind } from "@/lib/domain/publication";
import { recordAudit } from "@/lib/server/audit";
import { type Tx } from "@/lib/server/db";
import { toJsonValue } from "@/lib/server/json";

type PublishInput = {
  compact: { id: string; municipalityId: string; slug: string; title: string; summary: string };
  version: { number: number; content: unknown };
  kind: PublicationKind;
  actorId: string;
  consultation?: { startsAt: Date | null; endsAt: Date | null };
};

/**
 * Makes a version public as a new Publication row, with a copy of its text and its fingerprint. The
 * public portal reads only these rows, so nothing else of a compact can leak through it.
 */
export async function publishVersion(tx: Tx, input: PublishInput): Promise<{ id: string; fingerprint: string }> {
  const fingerprint = fingerprintDocument(input.version.content);
  const created = await tx.publication.create({
    data: {
      compactId: input.compact.id,
      municipalityId: input.compact.municipalityId,
      compactSlug: input.compact.slug,
      versionNumber: input.version.number,
      fingerprint,
      kind: input.kind,
      title: input.compact.title,
      summary: input.compact.summary,
      content: toJsonValue(input.version.content ?? { type: "doc", content: [] }),
      consultationStartsAt: input.consultation?.startsAt ?? null,
      consultationEndsAt: input.consultation?.endsAt ?? null,
      publishedById: input.actorId,
    },
  });
  await recordAudit(tx, {
    actorId: input.actorId,
    action: input.kind === "decided" ? "publication.decided" : "publication.consultation",
    entityType: "publication",
    entityId: created.id,
    compactId: input.compact.id,
    municipalityId: input.compact.municipalityId,
    after: { version: input.version.number, fingerprint, kind: input.kind },
  });
  return { id: created.id, fingerprint };
}
