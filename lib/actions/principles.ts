"use server";
import { defineAction, type ActionOptions } from "@/lib/server/action";
import { assessPrinciple } from "@/lib/server/services/principles/assess-principle";
import { recordPrincipleOverride } from "@/lib/server/services/principles/record-override";

/** Both actions change what the check page and the compact page's checklist show. */
const onPrinciples: ActionOptions<void> = {
  revalidate: (input) => [`/compacts/${input.compactId ?? ""}/principles`, `/compacts/${input.compactId ?? ""}`],
};

export const assessPrincipleAction = defineAction(async (actor, input) => {
  await assessPrinciple(actor, input);
}, onPrinciples);
export const recordPrincipleOverrideAction = defineAction(async (actor, input) => {
  await recordPrincipleOverride(actor, input);
}, onPrinciples);
