import { createHash } from "node:crypto";
import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { getDb, type Db } from "@/lib/server/db";
import { getLiveBus, type LiveBus } from "@/lib/server/live/bus";
import { getLiveDb } from "@/lib/server/live/live-db";
import { topicStreamResponse } from "@/lib/server/live/sse";
import type { TopicOptions } from "@/lib/server/live/topic";
import { loadCompactForActor } from "@/lib/server/load/compact";

/**
 * Comments appearing live on the compact page. A comment service that committed announces it on the
 * bus (the compact's id only, never what was written); each app instance streams a short stamp of the
 * compact's comments to the pages that follow them, and a page whose stamp changed reloads itself
 * through its own, permission-checked render. Without a signalling bus the stamp is polled.
 */

export function commentsChannel(compactId: string): string {
  return `compact:${compactId}:comments`;
}

/**
 * Tells every app instance that the comments of a compact changed. Called after the transaction
 * committed; a failure is logged, not thrown: the comment is saved, and open pages re-read the stamp
 * on a timer anyway.
 */
export async function publishCommentChange(compactId: string, bus: LiveBus = getLiveBus()): Promise<void> {
  try {
    await bus.publish(commentsChannel(compactId), compactId);
  } catch (error) {
    console.error(`[live] could not announce a comment change on compact ${compactId}`, error);
  }
}

/**
 * A short fingerprint of everything about a compact's comments a page shows: any comment written,
 * edited, resolved, withdrawn or hidden, any signature, answer or round changes it. It reveals nothing of the
 * comments themselves.
 */
export async function commentsStamp(db: Db, compactId: string): Promise<string> {
  const ofCompact = { comment: { compactId } };
  const [comments, signatures, responses, rounds, hidden] = await Promise.all([
    db.comment.aggregate({ where: { compactId }, _count: { _all: true }, _max: { updatedAt: true } }),
    db.commentSignature.aggregate({ where: ofCompact, _count: { _all: true }, _max: { createdAt: true } }),
    db.commentResponse.aggregate({ where: ofCompact, _count: { _all: true }, _max: { updatedAt: true } }),
    db.commentRound.aggregate({ where: { compactId }, _count: { _all: true }, _max: { createdAt: true, closedAt: true } }),
    db.commentModeration.count({ where: { compactId } }),
  ]);
  const facts = [
    comments._count._all,
    comments._max.updatedAt?.getTime(),
    signatures._count._all,
    signatures._max.createdAt?.getTime(),
    responses._count._all,
    responses._max.updatedAt?.getTime(),
    rounds._count._all,
    rounds._max.createdAt?.getTime(),
    rounds._max.closedAt?.getTime(),
    hidden,
  ];
  return createHash("sha256").update(JSON.stringify(facts)).digest("base64url").slice(0, 16);
}

/** The stamp of one compact's comments, shared by every page in this process that follows them. */
export function commentsTopic(compactId: string): TopicOptions<string> {
  return {
    key: commentsChannel(compactId),
    channels: [commentsChannel(compactId)],
    load: () => commentsStamp(getLiveDb(), compactId),
    throttleMs: 200,
    pollMs: 1000,
  };
}

/**
 * The event stream of a compact's comments for a viewer who may read them: 401 when signed out, 404
 * for a compact of another municipality (nothing leaks), 403 without the right to read comments.
 */
export async function streamCompactComments(request: Request, actor: Actor | null, compactId: string, options: { bus?: LiveBus } = {}): Promise<Response> {
  const { target } = await loadCompactForActor(getDb(), actor, compactId);
  assertCan(actor, "comment.read", target);
  return topicStreamResponse(request, commentsTopic(compactId), options);
}
