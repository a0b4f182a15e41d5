"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { markAllNotificationsRead } from "@/lib/server/services/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/server/services/notifications/mark-notification-read";

// The header's bell is in the root layout: refresh it too.
export const markNotificationReadAction = defineAction(async (actor, input) => {
  await markNotificationRead(actor, input);
  revalidatePath("/", "layout");
});

export const markAllNotificationsReadAction = defineAction(async (actor) => {
  await markAllNotificationsRead(actor);
  revalidatePath("/", "layout");
});
