"use server";
import { defineAction, type RevalidateTarget } from "@/lib/server/action";
import { getOrganisationRelations } from "@/lib/server/queries/relations";
import { attachEvidenceToAgenda } from "@/lib/server/services/relations/attach-evidence";
import { saveOrganisationRelations } from "@/lib/server/services/relations/save-relations";
import { saveVolunteerEstimate } from "@/lib/server/services/relations/save-volunteer-estimate";
import { sendSurvey } from "@/lib/server/services/relations/send-survey";

const allRelationPages: RevalidateTarget[] = [["/relations", "layout"]];

/** Returns the saved rows, so the editor shows what is now on record (with the new relations' ids). */
export const saveRelationsAction = defineAction(async (actor, input) => {
  await saveOrganisationRelations(actor, input);
  return { rows: (await getOrganisationRelations(actor, input.organisationId ?? "")).rows };
}, { revalidate: allRelationPages });

export const sendSurveyAction = defineAction((actor, input) => sendSurvey(actor, input), { revalidate: allRelationPages });

export const saveVolunteerEstimateAction = defineAction(async (actor, input) => {
  await saveVolunteerEstimate(actor, input);
}, { revalidate: ["/relations/volunteers"] });

export const attachEvidenceAction = defineAction(async (actor, input) => {
  await attachEvidenceToAgenda(actor, input);
}, { revalidate: (input) => [`/compacts/${input.compactId ?? ""}`] });
