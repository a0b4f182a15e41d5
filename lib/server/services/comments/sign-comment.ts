import { changeSignature } from "../../write/comment-signature";
import type { Actor } from "@/lib/domain/roles";

/**
 * Signs a proposed joint comment, or withdraws one's signature, while its round (or the drafting,
 * for a comment outside a round) is open. A comment is joint while each sector has a signature.
 */
export async function signComment(actor: Actor | null, input: unknown, now = new Date()): Promise<{ joint: boolean }> {
  return changeSignature(actor, input, now, "sign");
}
