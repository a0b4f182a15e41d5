import { changeDraftingGroup } from "../../write/drafting-group";
import type { Actor } from "@/lib/domain/roles";

/** An official adds an organisation of the municipality (either sector) to the drafting group. */
export async function addToDraftingGroup(actor: Actor | null, input: unknown): Promise<void> {
  await changeDraftingGroup(actor, input, "add");
}
