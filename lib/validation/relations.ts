import { z } from "zod";
import {
  RELATION_KIND_GROUPS,
  RELATION_KINDS,
  RELATION_TYPES,
  isGrantKind,
  type RelationKind,
} from "@/lib/domain/relations";
import { idSchema, optionalText, requiredText } from "./common";

/** Error messages here are translation keys under relations.errors (or errors.field). */

/** "12 345", "12 345" and "4,5" as typed in Swedish: spaces dropped, a decimal comma taken as a point. */
function normaliseNumber(text: string): string {
  return text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
}

/** A year ("2015", stored as 1 January) or a date ("2015-03-12"); empty means not known. */
export const sinceSchema = z
  .string()
  .trim()
  .default("")
  .refine((value) => value === "" || parseSince(value) !== null, { error: "relations.errors.since" })
  .transform((value) => (value === "" ? null : parseSince(value)));

function parseSince(value: string): Date | null {
  const match = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)];
  if (year < 1800 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Rejects 2015-02-30 and the like, which Date would roll over into March.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** The database keeps amounts as a 32-bit integer: two billion kronor is far above any grant. */
export const MAX_AMOUNT = 2_000_000_000;

/** Whole kronor, e.g. "25 000"; empty means none. */
export const amountSchema = z
  .string()
  .default("")
  .transform(normaliseNumber)
  .refine((value) => value === "" || /^\d+$/.test(value), { error: "relations.errors.amount" })
  .transform((value) => (value === "" ? null : Number(value)))
  .refine((value) => value === null || value <= MAX_AMOUNT, { error: "relations.errors.amount" });

/** An amount belongs to a grant; on any other kind it is a mistake worth pointing out. */
function amountOnlyForGrants(row: { relationKind: RelationKind; amount: number | null }, ctx: z.RefinementCtx, path: string) {
  if (row.amount !== null && !isGrantKind(row.relationKind)) {
    ctx.addIssue({ code: "custom", path: [path], message: "relations.errors.amountOnlyForGrants" });
  }
}

const relationType = z.enum(RELATION_TYPES, { error: "relations.errors.type" });
const relationKind = z.enum(RELATION_KINDS, { error: "relations.errors.kind" });

/** One relation as entered in the survey or by an official. `id` is set for a relation that exists. */
export const relationRowSchema = z
  .object({
    id: z.string().trim().max(64).default(""),
    relationType,
    relationKind,
    committeeId: z.string().trim().max(64).default(""),
    since: sinceSchema,
    amount: amountSchema,
    note: optionalText(1000),
  })
  .superRefine((row, ctx) => amountOnlyForGrants(row, ctx, "amount"));
export type RelationRowInput = z.infer<typeof relationRowSchema>;

/** At most this many relations per organisation in one form. */
export const MAX_RELATIONS_PER_ORGANISATION = 100;

/**
 * Form fields named "rows.0.relationType", "rows.1.note", … become an array of rows, so the field
 * names and the error paths ("rows.1.note") are the same thing.
 */
export function rowsFromForm(input: unknown): unknown {
  if (!input || typeof input !== "object" || Array.isArray((input as { rows?: unknown }).rows)) return input;
  const rows: Record<string, string>[] = [];
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const match = /^rows\.(\d{1,3})\.(\w+)$/.exec(key);
    if (match) (rows[Number(match[1])] ??= {})[match[2]!] = String(value);
    else rest[key] = value;
  }
  return { ...rest, rows: rows.filter(Boolean) };
}

const rowsSchema = z
  .array(relationRowSchema)
  .max(MAX_RELATIONS_PER_ORGANISATION, { error: "relations.errors.tooManyRows" })
  .default([]);

/** An official records the relations of one organisation. */
export const saveRelationsSchema = z.preprocess(rowsFromForm, z.object({ organisationId: idSchema, rows: rowsSchema }));
export type SaveRelationsInput = z.infer<typeof saveRelationsSchema>;

/** An organisation answers the survey through its link. */
export const answerSurveySchema = z.preprocess(
  rowsFromForm,
  z.object({ token: z.string().trim().min(1, { error: "errors.token.unknown" }).max(200), rows: rowsSchema }),
);
export type AnswerSurveyInput = z.infer<typeof answerSurveySchema>;

/** Send the survey to every organisation that has not got it, or (again) to one organisation. */
export const sendSurveySchema = z.object({ organisationId: z.string().trim().max(64).default("") });

/** The columns of the CSV file, in order. Export, template and import share them. */
export const CSV_COLUMNS = ["organisation", "relation_type", "relation_kind", "committee", "since", "amount", "note"] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

const csvKey = <T extends readonly [string, ...string[]]>(values: T, error: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(values, { error }));

/** One CSV row, by column name. Organisation and committee are names, looked up by the import. */
export const csvRowSchema = z
  .object({
    organisation: requiredText(200),
    relation_type: csvKey(RELATION_TYPES, "relations.errors.type"),
    relation_kind: csvKey(RELATION_KINDS, "relations.errors.kind"),
    committee: optionalText(200),
    since: sinceSchema,
    amount: amountSchema,
    note: optionalText(1000),
  })
  .superRefine((row, ctx) => amountOnlyForGrants({ relationKind: row.relation_kind, amount: row.amount }, ctx, "amount"));
export type CsvRow = z.infer<typeof csvRowSchema>;

export const IMPORT_MODES = ["all_or_nothing", "valid_only"] as const;
export const importModeSchema = z.enum(IMPORT_MODES, { error: "errors.invalid" }).catch("all_or_nothing");

/** A positive number as typed, with a decimal comma allowed; `max` inclusive. */
const decimal = (min: number, max: number) =>
  z
    .string({ error: "errors.field.required" })
    .transform(normaliseNumber)
    .refine((value) => value !== "", { error: "errors.field.required" })
    .refine((value) => /^\d+(\.\d+)?$/.test(value), { error: "relations.errors.decimal" })
    .transform(Number)
    .refine((value) => value >= min && value <= max, { error: "relations.errors.outOfRange" });

const wholeNumber = (min: number, max: number) =>
  z
    .string({ error: "errors.field.required" })
    .transform(normaliseNumber)
    .refine((value) => value !== "", { error: "errors.field.required" })
    .refine((value) => /^\d+$/.test(value), { error: "errors.field.number" })
    .transform(Number)
    .refine((value) => value >= min && value <= max, { error: "relations.errors.outOfRange" });

/** The volunteer calculator: the share is entered in per cent and kept as 0–1. */
export const volunteerEstimateSchema = z
  .object({
    residents: wholeNumber(1, 10_000_000),
    sharePercent: decimal(0, 100),
    hoursPerWeek: decimal(0, 168),
    weeksPerYear: wholeNumber(1, 52),
  })
  .transform(({ sharePercent, ...rest }) => ({ ...rest, shareVolunteering: sharePercent / 100 }));
export type VolunteerEstimateInput = z.infer<typeof volunteerEstimateSchema>;

export const EVIDENCE_KINDS = ["relations", "volunteers"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const attachEvidenceSchema = z.object({ compactId: idSchema, kind: z.enum(EVIDENCE_KINDS, { error: "errors.invalid" }) });

const count = z.number().int().min(0);

/** The relations overview as it stood when attached to an agenda statement. */
export const relationsEvidenceSchema = z.object({
  takenAt: z.string(),
  municipalityName: z.string(),
  summary: z.object({ relations: count, organisations: count, organisationsWithRelations: count, grantTotal: z.number().min(0) }),
  byType: z.array(z.object({ type: z.enum(RELATION_TYPES), count })),
  byKindGroup: z.array(z.object({ group: z.enum(Object.keys(RELATION_KIND_GROUPS) as [keyof typeof RELATION_KIND_GROUPS]), count })),
  topCommittees: z.array(z.object({ name: z.string().nullable(), count })),
  withoutRelations: z.array(z.string()),
  withoutRelationsCount: count,
});
export type RelationsEvidence = z.infer<typeof relationsEvidenceSchema>;

/** The volunteer estimate as it stood when attached. */
export const volunteersEvidenceSchema = z.object({
  takenAt: z.string(),
  municipalityName: z.string(),
  residents: count,
  shareVolunteering: z.number().min(0).max(1),
  hoursPerWeek: z.number().min(0),
  weeksPerYear: count,
  volunteers: z.number().min(0),
  hoursPerYear: z.number().min(0),
  fullTimeEquivalents: z.number().min(0),
  fullTimeHoursPerYear: z.number().positive(),
});
export type VolunteersEvidence = z.infer<typeof volunteersEvidenceSchema>;

/** What `agenda.evidence` holds; a snapshot that cannot be read is left out rather than breaking the page. */
export const agendaEvidenceSchema = z.object({
  relations: relationsEvidenceSchema.optional().catch(undefined),
  volunteers: volunteersEvidenceSchema.optional().catch(undefined),
});
export type AgendaEvidence = z.infer<typeof agendaEvidenceSchema>;

export const MAX_IMPORT_CHARACTERS = 1_000_000;

/**
 * Rows per file. The import writes in one transaction; on SQLite that holds the write lock while it
 * runs (about 1 ms a row), and other writers wait at most 5 s (lib/server/db.ts), so a file stays
 * well under that. Larger registers are imported in parts.
 */
export const MAX_IMPORT_ROWS = 2_000;

/** The report lists this many errors at most; `errorRows` still counts them all. */
export const MAX_REPORTED_ERRORS = 200;
