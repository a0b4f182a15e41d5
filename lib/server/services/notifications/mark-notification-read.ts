import { NotFoundError, UnauthenticatedError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { notificationRefSchema } from "@/lib/validation/moderation";
import { getDb } from "../../db";

/** Marks one of the actor's own notifications read; anybody else's is "not found". */
export async function markNotificationRead(actor: Actor | null, input: unknown, now = new Date()): Promise<void> {
  if (!actor) throw new UnauthenticatedError();
  const data = parseInput(notificationRefSchema, input);
  // The recipient is part of the filter, so one user can never touch another's notifications.
  const { count } = await getDb().notification.updateMany({ where: { id: data.notificationId, recipientId: actor.userId, readAt: null }, data: { readAt: now } });
  if (count === 0 && !(await getDb().notification.findFirst({ where: { id: data.notificationId, recipientId: actor.userId }, select: { id: true } }))) {
    throw new NotFoundError();
  }
}
