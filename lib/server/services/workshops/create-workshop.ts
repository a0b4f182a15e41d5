import { randomBytes } from "node:crypto";
import { InvalidInputError } from "@/lib/domain/errors";
import { assertCan, can } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { joinCodeFromBytes, JOIN_CODE_LENGTH } from "@/lib/domain/workshop";
import { parseInput } from "@/lib/validation/common";
import { createWorkshopSchema } from "@/lib/validation/workshop";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { mayRecordParticipationOn } from "@/lib/server/load/workshop";

/** A collision in 2^40 codes is so rare that a few tries always suffice; more means something is wrong. */
const CODE_ATTEMPTS = 5;

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}

/**
 * An official or association representative prepares a workshop (and owns it): a title, optionally the
 * compact it belongs to (only one whose participation they may record), and the statements in order. The join code is made now (the column is required) but
 * shown, and accepted, only once the workshop is started.
 */
export async function createWorkshop(actor: Actor | null, input: unknown): Promise<{ id: string }> {
  const { title, compactId, statements } = parseInput(createWorkshopSchema, input);
  assertCan(actor, "workshop.create", { municipalityId: actor?.municipalityId });
  const db = getDb();
  if (compactId) {
    const compact = await db.compact.findUnique({ where: { id: compactId }, select: { municipalityId: true } });
    if (!compact || !can(actor, "compact.viewDraft", { municipalityId: compact.municipalityId })) {
      throw new InvalidInputError("errors.invalid", { compactId: ["workshop.errors.compactUnknown"] });
    }
    // Its counts go into that compact's participation matrix: only for who may record participation there.
    if (!(await mayRecordParticipationOn(db, actor, compactId))) {
      throw new InvalidInputError("errors.invalid", { compactId: ["workshop.errors.compactNotYours"] });
    }
  }
  for (let attempt = 1; ; attempt++) {
    const joinCode = joinCodeFromBytes(randomBytes(JOIN_CODE_LENGTH));
    try {
      return await db.$transaction(async (tx) => {
        const workshop = await tx.workshop.create({
          data: {
            municipalityId: actor.municipalityId,
            compactId,
            title,
            joinCode,
            createdById: actor.userId,
            statements: { create: statements.map((text, index) => ({ text, position: index + 1 })) },
          },
        });
        await recordAudit(tx, {
          actorId: actor.userId,
          action: "workshop.created",
          entityType: "workshop",
          entityId: workshop.id,
          municipalityId: actor.municipalityId,
          compactId,
          after: { title, compactId, statements },
        });
        return { id: workshop.id };
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= CODE_ATTEMPTS) throw error;
    }
  }
}
