"use server";
import { defineAction } from "@/lib/server/action";
import { redeemToken } from "@/lib/server/services/auth/redeem-token";
import { requestPasswordReset } from "@/lib/server/services/auth/request-password-reset";

export const acceptInvitationAction = defineAction((_actor, input) => redeemToken("invite", input));
export const requestPasswordResetAction = defineAction((_actor, input) => requestPasswordReset(input));
export const resetPasswordAction = defineAction((_actor, input) => redeemToken("reset", input));
