"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import type { Actor } from "@/lib/domain/roles";
import { defineAction } from "@/lib/server/action";
import { changeStage } from "@/lib/server/services/compacts/change-stage";
import { addToDraftingGroup } from "@/lib/server/services/compacts/add-to-drafting-group";
import { removeFromDraftingGroup } from "@/lib/server/services/compacts/remove-from-drafting-group";
import { markReady } from "@/lib/server/services/compacts/mark-ready";
import { recordParticipation } from "@/lib/server/services/compacts/record-participation";
import { saveAgenda } from "@/lib/server/services/compacts/save-agenda";
import { saveStageSummary } from "@/lib/server/services/compacts/save-stage-summary";
import { storeLiveText } from "@/lib/server/load/compact-text";

/** Every compact action re-renders the compact page (and the list) afterwards. */
function compactAction(service: (actor: Actor, input: Record<string, string>) => Promise<unknown>) {
  return defineAction(async (actor, input) => {
    await service(actor, input);
    revalidatePath(`/compacts/${input.compactId ?? ""}`);
    revalidatePath("/compacts");
  });
}

export const changeStageAction = compactAction(async (actor, input) => {
  await storeLiveText(actor, input.compactId ?? "", (await headers()).get("cookie"));
  return changeStage(actor, input);
});
export const markReadyAction = compactAction(markReady);
export const saveAgendaAction = compactAction(saveAgenda);
export const addToDraftingGroupAction = compactAction(addToDraftingGroup);
export const removeFromDraftingGroupAction = compactAction(removeFromDraftingGroup);
export const recordParticipationAction = compactAction((actor, input) => recordParticipation(actor, input));
export const saveStageSummaryAction = compactAction(saveStageSummary);
