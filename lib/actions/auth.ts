"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/server/action";
import { requestAddress } from "@/lib/server/http/request-address";
import { redeemToken } from "@/lib/server/services/auth/redeem-token";
import { requestPasswordReset } from "@/lib/server/services/auth/request-password-reset";
import { signOutEverywhere } from "@/lib/server/services/auth/sign-out-everywhere";
import { SESSION_COOKIES } from "@/lib/server/session-token";

export const acceptInvitationAction = defineAction((_actor, input) => redeemToken("invite", input));
export const requestPasswordResetAction = defineAction(async (_actor, input) => {
  // The address the app's server recorded from the socket (lib/server/client-address.ts), never one the client chose.
  return requestPasswordReset(input, requestAddress(await headers()));
});
export const resetPasswordAction = defineAction((_actor, input) => redeemToken("reset", input));

/** Ends every session of the account; this browser's cookie goes too, and the user is sent to sign in. */
export const signOutEverywhereAction = defineAction(async (actor) => {
  await signOutEverywhere(actor);
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    // A __Secure- cookie is only replaced by one that is itself Secure.
    if (jar.has(name)) jar.set(name, "", { maxAge: 0, path: "/", httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
  }
  redirect("/sign-in");
});
