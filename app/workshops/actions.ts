"use server";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/server/action";
import { createWorkshop } from "@/lib/server/services/workshops/create-workshop";

export const createWorkshopAction = defineAction(async (actor, input) => {
  const { id } = await createWorkshop(actor, input);
  redirect(`/workshops/${id}`);
});
