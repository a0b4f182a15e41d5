"use server";
import { defineAction, type RevalidateTarget } from "@/lib/server/action";
import { markAllNotificationsRead } from "@/lib/server/services/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/server/services/notifications/mark-notification-read";

// The header's bell is in the root layout: refresh it too.
const revalidate: RevalidateTarget[] = [["/", "layout"]];

export const markNotificationReadAction = defineAction(async (actor, input) => {
  await markNotificationRead(actor, input);
}, { revalidate });

export const markAllNotificationsReadAction = defineAction(async (actor) => {
  await markAllNotificationsRead(actor);
}, { revalidate });
