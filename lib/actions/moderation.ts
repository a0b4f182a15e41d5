"use server";
import { defineAction } from "@/lib/server/action";
import { dismissReport } from "@/lib/server/services/moderation/dismiss-report";
import { hideComment } from "@/lib/server/services/moderation/hide-comment";

const revalidate = ["/admin/moderation"];

export const hideCommentAction = defineAction(async (actor, input) => {
  await hideComment(actor, input);
}, { revalidate });

export const dismissReportAction = defineAction(async (actor, input) => {
  await dismissReport(actor, input);
}, { revalidate });
