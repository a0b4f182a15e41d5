"use server";
import { defineAction, type ActionOptions } from "@/lib/server/action";
import { postProgressUpdate } from "@/lib/server/services/follow-up/post-progress";
import { addActionPlan } from "@/lib/server/services/follow-up/save-action-plan";
import { addCommitment } from "@/lib/server/services/follow-up/add-commitment";
import { removeCommitment } from "@/lib/server/services/follow-up/remove-commitment";
import { reviewFromForm } from "@/lib/validation/follow-up";
import { saveJointReview } from "@/lib/server/services/follow-up/save-joint-review";
import { saveFollowUpRhythm } from "@/lib/server/services/follow-up/save-rhythm";
import type { Upload } from "@/lib/server/documents/evidence-upload";

/** Every follow-up action re-renders the follow-up page and the compact page. */
const onFollowUp: ActionOptions<void> = {
  revalidate: (input) => [`/compacts/${input.compactId ?? ""}/follow-up`, `/compacts/${input.compactId ?? ""}`],
};

export const addCommitmentAction = defineAction(async (actor, input) => {
  await addCommitment(actor, input);
}, onFollowUp);
export const removeCommitmentAction = defineAction(async (actor, input) => {
  await removeCommitment(actor, input);
}, onFollowUp);
export const addActionPlanAction = defineAction(async (actor, input) => {
  await addActionPlan(actor, input);
}, onFollowUp);
export const saveRhythmAction = defineAction(async (actor, input) => {
  await saveFollowUpRhythm(actor, input);
}, onFollowUp);
export const saveJointReviewAction = defineAction(async (actor, input) => {
  await saveJointReview(actor, reviewFromForm(input));
}, onFollowUp);

/** The evidence file is read from the raw form (the input leaves files out) and checked by the service. */
export const postProgressAction = defineAction(async (actor, input, form) => {
  const file = form.get("evidenceFile");
  const upload: Upload | null =
    file instanceof File && file.size > 0 ? { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
  await postProgressUpdate(actor, input, upload);
}, onFollowUp);
