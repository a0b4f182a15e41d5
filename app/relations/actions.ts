"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { getOrganisationRelations } from "@/lib/server/queries/relations";
import { attachEvidenceToAgenda } from "@/lib/server/services/relations/attach-evidence";
import { saveOrganisationRelations } from "@/lib/server/services/relations/save-relations";
import { saveVolunteerEstimate } from "@/lib/server/services/relations/save-volunteer-estimate";
import { sendSurvey } from "@/lib/server/services/relations/send-survey";

/** Returns the saved rows, so the editor shows what is now on record (with the new relations' ids). */
export const saveRelationsAction = defineAction(async (actor, input) => {
  await saveOrganisationRelations(actor, input);
  revalidatePath("/relations", "layout");
  return { rows: (await getOrganisationRelations(actor, input.organisationId ?? "")).rows };
});

export const sendSurveyAction = defineAction(async (actor, input) => {
  const result = await sendSurvey(actor, input);
  revalidatePath("/relations", "layout");
  return result;
});

export const saveVolunteerEstimateAction = defineAction(async (actor, input) => {
  await saveVolunteerEstimate(actor, input);
  revalidatePath("/relations/volunteers");
});

export const attachEvidenceAction = defineAction(async (actor, input) => {
  await attachEvidenceToAgenda(actor, input);
  revalidatePath(`/compacts/${input.compactId ?? ""}`);
});
