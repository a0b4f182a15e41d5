import { publishVersion } from "../../write/publish-version";
import { publishConsultationSchema } from "@/lib/validation/publication";
import { AppError, NotFoundError } from "@/lib/domain/errors";
import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { getDb } from "../../db";
import { currentVersionOf, loadCompactForActor } from "@/lib/server/load/compact";

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
