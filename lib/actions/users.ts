"use server";
import { defineAction } from "@/lib/server/action";
import { changeRole } from "@/lib/server/services/users/change-role";
import { inviteUser } from "@/lib/server/services/users/invite-user";
import { setUserActive } from "@/lib/server/services/users/set-user-active";

const revalidate = ["/admin/users"];

export const inviteUserAction = defineAction(async (actor, input) => {
  await inviteUser(actor, input);
}, { revalidate });

export const changeRoleAction = defineAction(async (actor, input) => {
  await changeRole(actor, input);
}, { revalidate });

export const setUserActiveAction = defineAction(async (actor, input) => {
  await setUserActive(actor, input);
}, { revalidate });
