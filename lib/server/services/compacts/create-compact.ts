import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { slugify } from "@/lib/domain/slug";
import { createCompactSchema } from "@/lib/validation/compact";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";

const EMPTY_DOC = { type: "doc", content: [{ type: "paragraph" }] };

/** An official starts a compact in the agenda stage, with an empty first version. */
export async function createCompact(actor: Actor | null, input: unknown): Promise<{ id: string }> {
  assertCan(actor, "compact.create", { municipalityId: actor?.municipalityId });
  const data = parseInput(createCompactSchema, input);
  const db = getDb();
  const taken = await db.compact.findMany({ where: { municipalityId: actor.municipalityId }, select: { slug: true } });
  const slug = slugify(data.title, new Set(taken.map((c) => c.slug)));
  return db.$transaction(async (tx) => {
    const compact = await tx.compact.create({
      data: {
        municipalityId: actor.municipalityId,
        slug,
        title: data.title,
        summary: data.summary,
        createdById: actor.userId,
        versions: { create: { number: 1, content: EMPTY_DOC } },
        stageChanges: { create: { versionNumber: 1, fromStage: null, toStage: "agenda", kind: "created", actorId: actor.userId } },
      },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "compact.created",
      entityType: "compact",
      entityId: compact.id,
      compactId: compact.id,
      municipalityId: actor.municipalityId,
      after: data,
    });
    return { id: compact.id };
  });
}
