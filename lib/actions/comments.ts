"use server";
import { defineAction } from "@/lib/server/action";
import { createComment } from "@/lib/server/services/comments/create-comment";
import { editComment } from "@/lib/server/services/comments/edit-comment";
import { withdrawComment } from "@/lib/server/services/comments/withdraw-comment";
import { resolveComment } from "@/lib/server/services/comments/resolve-comment";
import { respondToComment } from "@/lib/server/services/comments/respond-to-comment";
import { closeCommentRound } from "@/lib/server/services/comments/close-comment-round";
import { openCommentRound } from "@/lib/server/services/comments/open-comment-round";
import { signComment } from "@/lib/server/services/comments/sign-comment";
import { withdrawSignature } from "@/lib/server/services/comments/withdraw-signature";

/** Every comment action changes what the compact page shows; the form names the compact it came from. */
const onCompact = { revalidate: (input: Record<string, string>) => [`/compacts/${input.compactId ?? ""}`] };

export const createCommentAction = defineAction((actor, input) => createComment(actor, input), onCompact);
export const editCommentAction = defineAction((actor, input) => editComment(actor, input), onCompact);
export const withdrawCommentAction = defineAction((actor, input) => withdrawComment(actor, input), onCompact);
export const resolveCommentAction = defineAction((actor, input) => resolveComment(actor, input), onCompact);
export const signCommentAction = defineAction((actor, input) => signComment(actor, input), onCompact);
export const withdrawSignatureAction = defineAction((actor, input) => withdrawSignature(actor, input), onCompact);
export const respondToCommentAction = defineAction((actor, input) => respondToComment(actor, input), onCompact);
export const openCommentRoundAction = defineAction((actor, input) => openCommentRound(actor, input), onCompact);
export const closeCommentRoundAction = defineAction((actor, input) => closeCommentRound(actor, input), onCompact);
