import { ConflictError, InvalidInputError } from "@/lib/domain/errors";
import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { notifyAboutRound } from "@/lib/server/notify/comment-notifications";
import { mailNotifications } from "@/lib/server/notify/notify";
import { loadCommentContext } from "@/lib/server/load/comment-context";
import { openRoundSchema } from "@/lib/validation/comments";

/**
 * An official opens a comment round on the current version: until the end date (or until they
 * close it), the drafting group, all organisations of the municipality or the named ones comment.
 */
export async function openCommentRound(actor: Actor | null, input: unknown, now = new Date()): Promise<{ id: string }> {
  const data = parseInput(openRoundSchema, input);
  const { id, notes } = await getDb().$transaction(async (tx) => {
    const { compact, openRound, target } = await loadCommentContext(tx, actor, data.compactId, now);
    assertCan(actor, "comment.manageRound", target);
    if (openRound) throw new ConflictError("comments.errors.roundAlreadyOpen");
    if (data.endsAt.getTime() <= now.getTime()) throw new InvalidInputError("errors.invalid", { endsAt: ["comments.errors.endInPast"] });
    const organisationIds = data.audience === "organisations" ? data.organisationIds : [];
    if (organisationIds.length > 0) {
      const known = await tx.organisation.count({ where: { id: { in: organisationIds }, municipalityId: compact.municipalityId } });
      if (known !== organisationIds.length) throw new InvalidInputError("errors.invalid", { organisationIds: ["comments.errors.noOrganisations"] });
    }
    const round = await tx.commentRound.create({
      data: {
        compactId: compact.id,
        municipalityId: compact.municipalityId,
        versionNumber: compact.currentVersion,
        audience: data.audience,
        endsAt: data.endsAt,
        openedById: actor.userId,
        participants: { create: organisationIds.map((organisationId) => ({ organisationId })) },
      },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "comment.roundOpened",
      entityType: "commentRound",
      entityId: round.id,
      compactId: compact.id,
      municipalityId: compact.municipalityId,
      after: { version: compact.currentVersion, audience: data.audience, endsAt: data.endsAt.toISOString(), organisationIds },
    });
    const notes = await notifyAboutRound(tx, "roundOpened", compact, { ...round, participants: organisationIds.map((organisationId) => ({ organisationId })) }, actor.userId);
    return { id: round.id, notes };
  });
  await mailNotifications(notes);
  return { id };
}
