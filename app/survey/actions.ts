"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { answerSurvey } from "@/lib/server/services/relations/answer-survey";

export const answerSurveyAction = defineAction(async (actor, input) => {
  await answerSurvey(actor, input);
  revalidatePath(`/survey/${input.token ?? ""}`);
  revalidatePath("/relations", "layout");
});
