"use server";
import { defineAction } from "@/lib/server/action";
import { updateMunicipalitySettings } from "@/lib/server/services/municipalities/update-settings";
import { updateDecisionRule } from "@/lib/server/services/publication/update-decision-rule";

export const updateSettingsAction = defineAction(async (actor, input) => {
  await updateMunicipalitySettings(actor, input);
}, { revalidate: [["/", "layout"]] });

export const updateDecisionRuleAction = defineAction(async (actor, input) => {
  await updateDecisionRule(actor, input);
}, { revalidate: ["/admin/settings"] });
