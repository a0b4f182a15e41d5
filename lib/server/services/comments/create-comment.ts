import { ConflictError, ForbiddenError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { publishCommentChange } from "@/lib/server/live/comments";
import { notifyAboutComment } from "@/lib/server/notify/comment-notifications";
import { mailNotifications } from "@/lib/server/notify/notify";
import { loadCommentContext } from "@/lib/server/load/comment-context";
import { createCommentSchema } from "@/lib/validation/comments";

/**
 * Writes a comment (or a reply) on the current version: anchored to the text by two Yjs relative
 * positions, to a section, or to the whole compact. Written during an open round it belongs to that
 * round. A proposed joint comment is signed by its author at once.
 */
export async function createComment(actor: Actor | null, input: unknown, now = new Date()): Promise<{ id: string }> {
  const data = parseInput(createCommentSchema, input);
  const { id, notes } = await getDb().$transaction(async (tx) => {
    const { compact, openRound, target } = await loadCommentContext(tx, actor, data.compactId, now);
    if (!actor) throw new ForbiddenError();
    const details = target.roundParticipant || target.inDraftingGroup ? [] : [{ key: "comments.errors.notInvited" }];
    if (!can(actor, "comment.create", target)) throw new ForbiddenError("comment.create", details);
    let parent = null;
    if (data.parentId) {
      parent = await tx.comment.findUnique({ where: { id: data.parentId } });
      if (!parent || parent.compactId !== compact.id || parent.parentId !== null) throw new ConflictError("comments.errors.noParent");
      if (parent.versionNumber !== compact.currentVersion || (parent.roundId !== null && parent.roundId !== openRound?.id)) {
        throw new ConflictError("comments.errors.roundClosed");
      }
      if (parent.status === "withdrawn") throw new ConflictError("comments.errors.withdrawn");
    }
    const created = await tx.comment.create({
      data: {
        compactId: compact.id,
        municipalityId: compact.municipalityId,
        versionNumber: compact.currentVersion,
        roundId: parent ? parent.roundId : (openRound?.id ?? null),
        parentId: parent?.id ?? null,
        authorId: actor.userId,
        organisationId: actor.organisationId,
        sector: actor.sector,
        // A reply lives in its thread; only a top-level comment has an anchor and a section.
        scope: parent ? parent.scope : data.scope,
        anchorStart: parent ? null : (data.anchorStart ?? null),
        anchorEnd: parent ? null : (data.anchorEnd ?? null),
        quote: parent || data.scope === "compact" ? "" : data.quote,
        sectionTitle: parent ? parent.sectionTitle : data.scope === "compact" ? "" : data.sectionTitle,
        body: data.body,
        joint: !parent && data.joint,
      },
    });
    if (created.joint) {
      await tx.commentSignature.create({ data: { commentId: created.id, userId: actor.userId, organisationId: actor.organisationId, sector: actor.sector } });
    }
    await recordAudit(tx, {
      actorId: actor.userId,
      action: parent ? "comment.replied" : created.joint ? "comment.jointDrafted" : "comment.created",
      entityType: "comment",
      entityId: created.id,
      compactId: compact.id,
      municipalityId: compact.municipalityId,
      after: { scope: created.scope, roundId: created.roundId, parentId: created.parentId, sector: created.sector, body: created.body },
    });
    const notes = await notifyAboutComment(tx, created, { compact, openRound, parent, actor });
    return { id: created.id, notes };
  });
  await publishCommentChange(data.compactId);
  await mailNotifications(notes);
  return { id };
}

