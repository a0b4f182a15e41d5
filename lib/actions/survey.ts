"use server";
import { defineAction } from "@/lib/server/action";
import { answerSurvey } from "@/lib/server/services/relations/answer-survey";

export const answerSurveyAction = defineAction(async (actor, input) => {
  await answerSurvey(actor, input);
}, { revalidate: (input) => [`/survey/${input.token ?? ""}`, ["/relations", "layout"]] });
