import "server-only";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/domain/roles";
import { can, type Action } from "@/lib/domain/permissions";
import { getActor } from "./auth";

/** The signed-in actor, or a redirect to sign-in that comes back to `returnTo` afterwards. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}

/**
 * For pages: the signed-in actor if they may take `action`, null if they may not (the page then
 * shows a refusal), or a redirect to sign-in for anonymous visitors.
 */
export async function actorAllowedTo(action: Action, returnTo: string): Promise<Actor | null> {
  const actor = await requireActor(returnTo);
  return can(actor, action, { municipalityId: actor.municipalityId }) ? actor : null;
}
