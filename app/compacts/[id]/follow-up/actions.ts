"use server";
import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/domain/roles";
import { defineAction } from "@/lib/server/action";
import { postProgressUpdate } from "@/lib/server/services/follow-up/post-progress";
import { addActionPlan } from "@/lib/server/services/follow-up/save-action-plan";
import { addCommitment } from "@/lib/server/services/follow-up/add-commitment";
import { removeCommitment } from "@/lib/server/services/follow-up/remove-commitment";
import { reviewFromForm } from "@/lib/validation/follow-up";
import { saveJointReview } from "@/lib/server/services/follow-up/save-joint-review";
import { saveFollowUpRhythm } from "@/lib/server/services/follow-up/save-rhythm";
import type { Upload } from "@/lib/server/documents/evidence-upload";

function followUpAction(service: (actor: Actor, input: Record<string, string>) => Promise<unknown>) {
  return defineAction(async (actor, input) => {
    await service(actor, input);
    revalidatePath(`/compacts/${input.compactId ?? ""}/follow-up`);
    revalidatePath(`/compacts/${input.compactId ?? ""}`);
  });
}

export const addCommitmentAction = followUpAction(addCommitment);
export const removeCommitmentAction = followUpAction(removeCommitment);
export const addActionPlanAction = followUpAction(addActionPlan);
export const saveRhythmAction = followUpAction(saveFollowUpRhythm);
export const saveJointReviewAction = followUpAction((actor, input) => saveJointReview(actor, reviewFromForm(input)));

/** The form wrapper leaves files out; the evidence file is read here and checked by the service. */
export async function postProgressAction(previous: unknown, form: FormData) {
  const file = form.get("evidenceFile");
  const upload: Upload | null =
    file instanceof File && file.size > 0 ? { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
  return followUpAction((actor, input) => postProgressUpdate(actor, input, upload))(previous, form);
}
