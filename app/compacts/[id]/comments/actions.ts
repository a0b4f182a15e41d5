"use server";
import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/domain/roles";
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
function commentAction<T>(service: (actor: Actor, input: Record<string, string>) => Promise<T>) {
  return defineAction(async (actor, input) => {
    const result = await service(actor, input);
    revalidatePath(`/compacts/${input.compactId ?? ""}`);
    return result;
  });
}

export const createCommentAction = commentAction(createComment);
export const editCommentAction = commentAction(editComment);
export const withdrawCommentAction = commentAction(withdrawComment);
export const resolveCommentAction = commentAction(resolveComment);
export const signCommentAction = commentAction(signComment);
export const withdrawSignatureAction = commentAction(withdrawSignature);
export const respondToCommentAction = commentAction(respondToComment);
export const openCommentRoundAction = commentAction(openCommentRound);
export const closeCommentRoundAction = commentAction(closeCommentRound);
