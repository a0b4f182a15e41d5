import { z } from "zod";
import { AppError, NotFoundError } from "@/lib/domain/errors";
import { fingerprintDocument } from "@/lib/domain/fingerprint";
import { assertCan } from "@/lib/domain/permissions";
import type { PublicationKind } from "@/lib/domain/publication";
import type { Actor } from "@/lib/domain/roles";
import { idSchema, parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb, type Tx } from "../../db";
import { toJsonValue } from "../../json";
import { currentVersionOf, loadCompactForActor } from "@/lib/server/load/compact";

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

const optionalDate = z
  .string()
  .trim()
  .default("")
  .refine((value) => value === "" || !Number.isNaN(Date.parse(value)), { error: "errors.field.date" })
  .transform((value) => (value === "" ? null : new Date(value)));

export const publishConsultationSchema = z
  .object({ compactId: idSchema, startsAt: optionalDate, endsAt: optionalDate })
  .refine((v) => !v.startsAt || !v.endsAt || v.startsAt <= v.endsAt, { error: "errors.field.dateOrder", path: ["endsAt"] });

/**
 * An official publishes the current draft for open consultation: read-only to the public, with the
 * comment round's dates. Only while the text is being written (agenda, formulation, reformulation).
 */
export async function publishForConsultation(actor: Actor | null, input: unknown): Promise<{ id: string; path: { municipalitySlug: string; compactSlug: string } }> {
  const data = parseInput(publishConsultationSchema, input);
  return getDb().$transaction(async (tx) => {
    const { compact, target } = await loadCompactForActor(tx, actor, data.compactId);
    assertCan(actor, "compact.publish", target);
    if (!["agenda", "formulation", "reformulation"].includes(compact.stage)) throw new AppError("invalid", "public.errors.notDraft");
    const municipality = await tx.municipality.findUnique({ where: { id: compact.municipalityId }, select: { slug: true } });
    if (!municipality) throw new NotFoundError();
    const version = currentVersionOf(compact);
    const created = await publishVersion(tx, {
      compact,
      version,
      kind: "consultation",
      actorId: actor.userId,
      consultation: { startsAt: data.startsAt, endsAt: data.endsAt },
    });
    return { id: created.id, path: { municipalitySlug: municipality.slug, compactSlug: compact.slug } };
  });
}
