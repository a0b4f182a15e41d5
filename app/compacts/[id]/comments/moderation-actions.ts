"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { reportComment } from "@/lib/server/services/moderation/report-comment";

/** A reader reports a comment to the administrators. */
export const reportCommentAction = defineAction(async (actor, input) => {
  const result = await reportComment(actor, input);
  revalidatePath(`/compacts/${input.compactId ?? ""}`);
  return result;
});
