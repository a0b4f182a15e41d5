"use server";
import { defineAction } from "@/lib/server/action";
import { redeemToken } from "@/lib/server/services/auth/redeem-token";

export const acceptInvitationAction = defineAction((_actor, input) => redeemToken("invite", input));
