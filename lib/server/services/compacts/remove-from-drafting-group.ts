import { changeDraftingGroup } from "../../write/drafting-group";
import type { Actor } from "@/lib/domain/roles";

/** An official takes an organisation out of the drafting group. */
export async function removeFromDraftingGroup(actor: Actor | null, input: unknown): Promise<void> {
  await changeDraftingGroup(actor, input, "remove");
}
