"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { dismissReport } from "@/lib/server/services/moderation/dismiss-report";
import { hideComment } from "@/lib/server/services/moderation/hide-comment";

export const hideCommentAction = defineAction(async (actor, input) => {
  await hideComment(actor, input);
  revalidatePath("/admin/moderation");
});

export const dismissReportAction = defineAction(async (actor, input) => {
  await dismissReport(actor, input);
  revalidatePath("/admin/moderation");
});
