"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { updateMunicipalitySettings } from "@/lib/server/services/municipalities/update-settings";

export const updateSettingsAction = defineAction(async (actor, input) => {
  await updateMunicipalitySettings(actor, input);
  revalidatePath("/", "layout");
});
