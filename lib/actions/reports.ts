"use server";
import { defineAction } from "@/lib/server/action";
import { reportComment } from "@/lib/server/services/moderation/report-comment";

/** A reader reports a comment to the administrators. */
export const reportCommentAction = defineAction((actor, input) => reportComment(actor, input), {
  revalidate: (input) => [`/compacts/${input.compactId ?? ""}`],
});
