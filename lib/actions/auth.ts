"use server";
import { headers } from "next/headers";
import { defineAction } from "@/lib/server/action";
import { clientAddress } from "@/lib/server/client-address";
import { getEnv } from "@/lib/server/env";
import { redeemToken } from "@/lib/server/services/auth/redeem-token";
import { requestPasswordReset } from "@/lib/server/services/auth/request-password-reset";

export const acceptInvitationAction = defineAction((_actor, input) => redeemToken("invite", input));
export const requestPasswordResetAction = defineAction(async (_actor, input) => {
  const address = clientAddress((await headers()).get("x-forwarded-for"), getEnv().TRUSTED_PROXIES);
  return requestPasswordReset(input, address);
});
export const resetPasswordAction = defineAction((_actor, input) => redeemToken("reset", input));
