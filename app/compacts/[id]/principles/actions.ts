"use server";
import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/domain/roles";
import { defineAction } from "@/lib/server/action";
import { assessPrinciple } from "@/lib/server/services/principles/assess-principle";
import { recordPrincipleOverride } from "@/lib/server/services/principles/record-override";

/** Both actions change what the check page and the compact page's checklist show. */
function principlesAction(service: (actor: Actor, input: Record<string, string>) => Promise<void>) {
  return defineAction(async (actor, input) => {
    await service(actor, input);
    revalidatePath(`/compacts/${input.compactId ?? ""}/principles`);
    revalidatePath(`/compacts/${input.compactId ?? ""}`);
  });
}

export const assessPrincipleAction = principlesAction(assessPrinciple);
export const recordPrincipleOverrideAction = principlesAction(recordPrincipleOverride);
