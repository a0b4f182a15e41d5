import { z } from "zod";
import { COMMENT_OUTCOMES, COMMENT_SCOPES, MAX_COMMENT_LENGTH, ROUND_AUDIENCES } from "@/lib/domain/comments";
import { idSchema } from "@/lib/validation/common";

/** A Yjs relative position, encoded with Y.encodeRelativePosition and base64: short, opaque, never an offset. */
const anchorSchema = z
  .string()
  .trim()
  .max(400, { error: "comments.errors.badAnchor" })
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: "comments.errors.badAnchor" });

const bodySchema = z
  .string({ error: "comments.errors.empty" })
  .trim()
  .min(1, { error: "comments.errors.empty" })
  .max(MAX_COMMENT_LENGTH, { error: "comments.errors.tooLong" });

const optionalAnchor = z.preprocess((value) => (value === "" ? undefined : value), anchorSchema.optional());

export const createCommentSchema = z
  .object({
    compactId: idSchema,
    body: bodySchema,
    scope: z.enum(COMMENT_SCOPES, { error: "comments.errors.badScope" }).default("compact"),
    anchorStart: optionalAnchor,
    anchorEnd: optionalAnchor,
    quote: z.string().trim().max(1000).default(""),
    sectionTitle: z.string().trim().max(300).default(""),
    parentId: z.preprocess((value) => (value === "" ? undefined : value), idSchema.optional()),
    joint: z
      .string()
      .optional()
      .transform((value) => value === "on" || value === "true"),
  })
  .refine((input) => input.parentId !== undefined || input.scope === "compact" || (input.anchorStart && input.anchorEnd), {
    error: "comments.errors.badAnchor",
    path: ["anchorStart"],
  });
export type CreateCommentInput = z.infer<typeof createCommentSchema>;

export const editCommentSchema = z.object({ commentId: idSchema, body: bodySchema });
export const commentRefSchema = z.object({ commentId: idSchema });
export const resolveCommentSchema = z.object({ commentId: idSchema, resolved: z.enum(["true", "false"]).transform((v) => v === "true") });

export const openRoundSchema = z
  .object({
    compactId: idSchema,
    endsAt: z
      .string({ error: "errors.field.required" })
      .min(1, { error: "errors.field.required" })
      .transform((value) => new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T23:59:59` : value))
      .refine((date) => !Number.isNaN(date.getTime()), { error: "comments.errors.badDate" }),
    audience: z.enum(ROUND_AUDIENCES, { error: "comments.errors.badAudience" }),
    organisationIds: z
      .string()
      .default("")
      .transform((value) => [...new Set(value.split(",").filter(Boolean))]),
  })
  .refine((input) => input.audience !== "organisations" || input.organisationIds.length > 0, {
    error: "comments.errors.noOrganisations",
    path: ["organisationIds"],
  });

export const roundRefSchema = z.object({ roundId: idSchema });

export const respondSchema = z.object({
  commentId: idSchema,
  outcome: z.enum(COMMENT_OUTCOMES, { error: "comments.errors.badOutcome" }),
  motivation: z
    .string({ error: "errors.field.required" })
    .trim()
    .min(1, { error: "errors.field.required" })
    .max(2000, { error: "errors.field.tooLong" }),
});
