"use server";
import { redirect } from "next/navigation";
import { defineAction, type ActionOptions } from "@/lib/server/action";
import { addStatement } from "@/lib/server/services/workshops/add-statement";
import { changeStatement } from "@/lib/server/services/workshops/change-statement";
import { createWorkshop } from "@/lib/server/services/workshops/create-workshop";
import { endWorkshop } from "@/lib/server/services/workshops/end-workshop";
import { excludeJoinBurst } from "@/lib/server/services/workshops/exclude-join-burst";
import { moveStatement } from "@/lib/server/services/workshops/move-statement";
import { startWorkshop } from "@/lib/server/services/workshops/start-workshop";

export const createWorkshopAction = defineAction(async (actor, input) => {
  const { id } = await createWorkshop(actor, input);
  redirect(`/workshops/${id}`);
});

/** Every console action re-renders the console (and the list) afterwards; the live views follow over SSE. */
const onWorkshop: ActionOptions<void> = { revalidate: (input) => [`/workshops/${input.workshopId ?? ""}`, "/workshops"] };

export const startWorkshopAction = defineAction(async (actor, input) => {
  await startWorkshop(actor, input);
}, onWorkshop);
export const endWorkshopAction = defineAction(async (actor, input) => {
  await endWorkshop(actor, input);
}, onWorkshop);
export const excludeJoinBurstAction = defineAction(async (actor, input) => {
  await excludeJoinBurst(actor, input);
}, onWorkshop);
export const statementCommandAction = defineAction(async (actor, input) => {
  await changeStatement(actor, input);
}, onWorkshop);
export const addStatementAction = defineAction(async (actor, input) => {
  await addStatement(actor, input);
}, onWorkshop);
export const moveStatementAction = defineAction(async (actor, input) => {
  await moveStatement(actor, input);
}, onWorkshop);
