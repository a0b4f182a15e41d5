import { changeSignature } from "../../write/comment-signature";
import type { Actor } from "@/lib/domain/roles";

/** Withdraws one's own signature from a proposed joint comment while it can still be signed. */
export async function withdrawSignature(actor: Actor | null, input: unknown, now = new Date()): Promise<{ joint: boolean }> {
  return changeSignature(actor, input, now, "withdraw");
}
