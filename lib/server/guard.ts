import "server-only";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/domain/roles";
import { getActor } from "./auth";

/** The signed-in actor, or a redirect to sign-in that comes back to `returnTo` afterwards. */
export async function requireActor(returnTo: string): Promise<NonNullable<Actor>> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}
