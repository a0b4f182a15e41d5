import { can } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import type { CollabAccess } from "./protocol";

/** The facts about a compact version that decide who may do what with its text. */
export type TextFacts = {
  municipalityId: string;
  stage: string;
  /** Whether the actor's organisation is in the compact's drafting group. */
  inDraftingGroup: boolean;
  /** A frozen version (decided, or sent for decision) is never written again. */
  frozen: boolean;
};

/**
 * What this actor may do with the text: edit it live, follow it read-only, or nothing. Only the
 * permission map decides ("compact.editText", "compact.viewDraft"); the collaboration server, the
 * compact page and the Word import all ask here, so they cannot disagree.
 */
export function textAccess(actor: Actor | null, facts: TextFacts): CollabAccess | null {
  if (!can(actor, "compact.viewDraft", { municipalityId: facts.municipalityId })) return null;
  const target = { municipalityId: facts.municipalityId, stage: facts.stage, inDraftingGroup: facts.inDraftingGroup };
  return !facts.frozen && can(actor, "compact.editText", target) ? "edit" : "read";
}
