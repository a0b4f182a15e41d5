"use server";
import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/domain/roles";
import { defineAction } from "@/lib/server/action";
import { addStatement } from "@/lib/server/services/workshops/add-statement";
import { changeStatement } from "@/lib/server/services/workshops/change-statement";
import { endWorkshop } from "@/lib/server/services/workshops/end-workshop";
import { moveStatement } from "@/lib/server/services/workshops/move-statement";
import { startWorkshop } from "@/lib/server/services/workshops/start-workshop";

/** Every console action re-renders the console (and the list) afterwards; the live views follow over SSE. */
function workshopAction(service: (actor: Actor, input: Record<string, string>) => Promise<unknown>) {
  return defineAction(async (actor, input) => {
    await service(actor, input);
    revalidatePath(`/workshops/${input.workshopId ?? ""}`);
    revalidatePath("/workshops");
  });
}

export const startWorkshopAction = workshopAction(startWorkshop);
export const endWorkshopAction = workshopAction(endWorkshop);
export const statementCommandAction = workshopAction(changeStatement);
export const addStatementAction = workshopAction(addStatement);
export const moveStatementAction = workshopAction(moveStatement);
