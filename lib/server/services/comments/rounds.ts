import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import { isRoundOpen, roundClosedAt } from "@/lib/domain/comments";
import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb, type Tx } from "../../db";
import { notifyAboutRound } from "@/lib/server/notify/comment-notifications";
import { mailNotifications, type PendingNotification } from "@/lib/server/notify/notify";
import { loadCommentContext, type LoadedRound } from "@/lib/server/load/comment-context";
import { openRoundSchema, roundRefSchema } from "@/lib/validation/comments";

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

/** An official closes a round before its end date, or settles one whose end date has passed. */
export async function closeCommentRound(actor: Actor | null, input: unknown, now = new Date()): Promise<void> {
  const data = parseInput(roundRefSchema, input);
  const notes = await getDb().$transaction(async (tx) => {
    const round = await tx.commentRound.findUnique({ where: { id: data.roundId }, include: { participants: true } });
    if (!round) throw new NotFoundError();
    const { compact, target } = await loadCommentContext(tx, actor, round.compactId, now);
    assertCan(actor, "comment.manageRound", target);
    if (round.closedAt !== null) throw new ConflictError("comments.errors.roundClosed");
    return settleRound(tx, round, { id: compact.id, stage: compact.stage, municipalityId: compact.municipalityId }, actor.userId, now);
  });
  await mailNotifications(notes);
}

/**
 * Closes a round for good and adds its entry to the participation matrix (level consultation, the
 * people who commented or signed, by sector), once. Called when an official closes it, and when the
 * drafting group first answers a comment of a round whose end date has passed.
 */
export async function settleRound(tx: Tx, round: LoadedRound, compact: { id: string; stage: string; municipalityId: string }, actorId: string | null, now: Date): Promise<PendingNotification[]> {
  if (round.participationEntryId) return [];
  const closedAt = round.closedAt ?? (isRoundOpen(round, now) ? now : roundClosedAt(round));
  const comments = await tx.comment.findMany({ where: { roundId: round.id, status: { not: "withdrawn" } }, select: { authorId: true, sector: true, signatures: { select: { userId: true, sector: true } } } });
  const people = new Map<string, string>();
  for (const comment of comments) {
    people.set(comment.authorId, comment.sector);
    for (const signature of comment.signatures) people.set(signature.userId, signature.sector);
  }
  const count = (sector: string) => [...people.values()].filter((s) => s === sector).length;
  const entry = await tx.participationEntry.create({
    data: {
      compactId: compact.id,
      stage: compact.stage,
      level: "consultation",
      methods: ["online_consultation"],
      startDate: round.createdAt,
      endDate: closedAt,
      publicCount: count("public"),
      civilCount: count("civil"),
      note: "",
      source: "comment_round",
      createdById: actorId,
    },
  });
  await tx.commentRound.update({ where: { id: round.id }, data: { closedAt, closedById: actorId, participationEntryId: entry.id } });
  await recordAudit(tx, {
    actorId,
    action: "comment.roundClosed",
    entityType: "commentRound",
    entityId: round.id,
    compactId: compact.id,
    municipalityId: compact.municipalityId,
    after: { closedAt: closedAt.toISOString(), publicCount: entry.publicCount, civilCount: entry.civilCount, participationEntryId: entry.id },
  });
  return notifyAboutRound(tx, "roundClosed", compact, round, actorId);
}
