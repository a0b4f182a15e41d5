import { z } from "zod";
import { SECTORS } from "@/lib/domain/roles";
import { MAX_STATEMENTS, STATEMENT_COMMANDS, VOTE_VALUES, isJoinCode, normaliseJoinCode } from "@/lib/domain/workshop";
import { idSchema, lineList, optionalText, requiredText } from "./common";

export const STATEMENT_MAX_LENGTH = 300;

/** One statement per line; blank lines dropped. */
const statementLines = lineList(MAX_STATEMENTS, STATEMENT_MAX_LENGTH);

/** An optional id from a select: "" means none. */
const optionalId = z
  .string()
  .trim()
  .max(64)
  .default("")
  .transform((value) => (value === "" ? null : value));

export const createWorkshopSchema = z.object({
  title: requiredText(200),
  compactId: optionalId,
  statements: statementLines,
});
export type CreateWorkshopInput = z.infer<typeof createWorkshopSchema>;

export const workshopRefSchema = z.object({ workshopId: idSchema });

export const statementCommandSchema = z.object({
  workshopId: idSchema,
  statementId: idSchema,
  command: z.enum(STATEMENT_COMMANDS, { error: "errors.invalid" }),
});
export type StatementCommandInput = z.infer<typeof statementCommandSchema>;

export const addStatementSchema = z.object({ workshopId: idSchema, text: requiredText(STATEMENT_MAX_LENGTH) });

export const moveStatementSchema = z.object({
  workshopId: idSchema,
  statementId: idSchema,
  direction: z.enum(["up", "down"], { error: "errors.invalid" }),
});

/** A join code as typed: case, spaces and dashes are forgiven; anything else is not a code. */
export const joinCodeSchema = z
  .string({ error: "errors.field.required" })
  .max(40, { error: "workshop.errors.codeShape" })
  .transform(normaliseJoinCode)
  .refine(isJoinCode, { error: "workshop.errors.codeShape" });

export const joinWorkshopSchema = z.object({
  code: joinCodeSchema,
  /** Ignored for signed-in users: their account's sector counts. */
  sector: z.enum(SECTORS, { error: "workshop.errors.sectorRequired" }).optional(),
  organisationName: optionalText(120),
});
export type JoinWorkshopInput = z.infer<typeof joinWorkshopSchema>;

/** The body of POST /w/<code>/vote. Unknown fields are dropped; a participant comes from the cookie only. */
export const voteSchema = z.object({
  statementId: idSchema,
  value: z.enum(VOTE_VALUES, { error: "workshop.errors.voteValue" }),
});
export type VoteInput = z.infer<typeof voteSchema>;

export const exportFormatSchema = z.enum(["csv", "pdf"]);

const confirmedCount = z.preprocess(
  (value) => (value === "" || value === null ? undefined : value),
  z.coerce.number({ error: "errors.field.number" }).int({ error: "errors.field.number" }).min(0, { error: "errors.field.number" }).max(1_000_000, { error: "errors.field.number" }).optional(),
);

/**
 * Ending a workshop. For a workshop linked to a compact the facilitator confirms how many from each
 * sector took part: those counts, not the raw ones, go into the participation matrix.
 */
export const endWorkshopSchema = z.object({ workshopId: idSchema, publicCount: confirmedCount, civilCount: confirmedCount });

const instant = z.coerce.date({ error: "errors.invalid" }).refine((date) => !Number.isNaN(date.getTime()), { error: "errors.invalid" });

/** A burst of joins the facilitator excludes: joins from `from` (inclusive) to `to` (exclusive). */
export const excludeJoinBurstSchema = z
  .object({ workshopId: idSchema, from: instant, to: instant })
  .refine((input) => input.from < input.to, { error: "errors.invalid", path: ["to"] })
  .refine((input) => input.to.getTime() - input.from.getTime() <= 60 * 60 * 1000, { error: "workshop.errors.burstTooLong", path: ["to"] });
