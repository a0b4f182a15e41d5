import { UnauthenticatedError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";
import { getDb } from "../../db";

/** Marks all of the actor's unread notifications read. */
export async function markAllNotificationsRead(actor: Actor | null, now = new Date()): Promise<{ count: number }> {
  if (!actor) throw new UnauthenticatedError();
  return getDb().notification.updateMany({ where: { recipientId: actor.userId, readAt: null }, data: { readAt: now } });
}
