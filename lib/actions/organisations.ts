"use server";
import { defineAction } from "@/lib/server/action";
import { createOrganisation } from "@/lib/server/services/organisations/create-organisation";
import { updateOrganisation } from "@/lib/server/services/organisations/update-organisation";

const revalidate = ["/admin/organisations"];

export const createOrganisationAction = defineAction((actor, input) => createOrganisation(actor, input), { revalidate });

export const updateOrganisationAction = defineAction(async (actor, input) => {
  await updateOrganisation(actor, input);
}, { revalidate });
