"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { createOrganisation } from "@/lib/server/services/organisations/create-organisation";
import { updateOrganisation } from "@/lib/server/services/organisations/update-organisation";

export const createOrganisationAction = defineAction(async (actor, input) => {
  const created = await createOrganisation(actor, input);
  revalidatePath("/admin/organisations");
  return created;
});

export const updateOrganisationAction = defineAction(async (actor, input) => {
  await updateOrganisation(actor, input);
  revalidatePath("/admin/organisations");
});
