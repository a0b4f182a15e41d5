"use server";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/server/action";
import { createCompact } from "@/lib/server/services/compacts/create-compact";

export const createCompactAction = defineAction(async (actor, input) => {
  const { id } = await createCompact(actor, input);
  redirect(`/compacts/${id}`);
});
