import { z } from "zod";
import { MAX_HIDE_REASON_LENGTH, MAX_REPORT_REASON_LENGTH } from "@/lib/domain/notifications";
import { idSchema } from "./common";

const reason = (max: number, tooLong: string) =>
  z
    .string({ error: "moderation.errors.reasonRequired" })
    .trim()
    .min(3, { error: "moderation.errors.reasonTooShort" })
    .max(max, { error: tooLong });

/** A reader reports a comment to the administrators, saying briefly why. */
export const reportCommentSchema = z.object({ commentId: idSchema, reason: reason(MAX_REPORT_REASON_LENGTH, "moderation.errors.reasonTooLong") });
export type ReportCommentInput = z.infer<typeof reportCommentSchema>;

/** An administrator hides a comment; the reason is shown in its place and kept in the audit trail. */
export const hideCommentSchema = z.object({ commentId: idSchema, reason: reason(MAX_HIDE_REASON_LENGTH, "moderation.errors.reasonTooLong") });
export type HideCommentInput = z.infer<typeof hideCommentSchema>;

export const reportRefSchema = z.object({ reportId: idSchema });
export const notificationRefSchema = z.object({ notificationId: idSchema });
