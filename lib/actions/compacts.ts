"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { defineAction, type ActionOptions } from "@/lib/server/action";
import { changeStage } from "@/lib/server/services/compacts/change-stage";
import { createCompact } from "@/lib/server/services/compacts/create-compact";
import { addToDraftingGroup } from "@/lib/server/services/compacts/add-to-drafting-group";
import { removeFromDraftingGroup } from "@/lib/server/services/compacts/remove-from-drafting-group";
import { markReady } from "@/lib/server/services/compacts/mark-ready";
import { recordParticipation } from "@/lib/server/services/compacts/record-participation";
import { saveAgenda } from "@/lib/server/services/compacts/save-agenda";
import { saveStageSummary } from "@/lib/server/services/compacts/save-stage-summary";
import { storeLiveText } from "@/lib/server/collab-client";

export const createCompactAction = defineAction(async (actor, input) => {
  const { id } = await createCompact(actor, input);
  redirect(`/compacts/${id}`);
});

/** Every action on a compact re-renders the compact page (and the list) afterwards. */
const onCompact: ActionOptions<void> = { revalidate: (input) => [`/compacts/${input.compactId ?? ""}`, "/compacts"] };

export const changeStageAction = defineAction(async (actor, input) => {
  await storeLiveText(actor, input.compactId ?? "", (await headers()).get("cookie"));
  await changeStage(actor, input);
}, onCompact);
export const markReadyAction = defineAction(async (actor, input) => {
  await markReady(actor, input);
}, onCompact);
export const saveAgendaAction = defineAction(async (actor, input) => {
  await saveAgenda(actor, input);
}, onCompact);
export const addToDraftingGroupAction = defineAction(async (actor, input) => {
  await addToDraftingGroup(actor, input);
}, onCompact);
export const removeFromDraftingGroupAction = defineAction(async (actor, input) => {
  await removeFromDraftingGroup(actor, input);
}, onCompact);
export const recordParticipationAction = defineAction(async (actor, input) => {
  await recordParticipation(actor, input);
}, onCompact);
export const saveStageSummaryAction = defineAction(async (actor, input) => {
  await saveStageSummary(actor, input);
}, onCompact);
