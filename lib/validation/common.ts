import { z } from "zod";
import { InvalidInputError } from "@/lib/domain/errors";

/** Error messages in these schemas are translation keys; the UI translates them. */
export const requiredText = (max: number) =>
  z
    .string({ error: "errors.field.required" })
    .trim()
    .min(1, { error: "errors.field.required" })
    .max(max, { error: "errors.field.tooLong" });

export const optionalText = (max: number) =>
  z.string().trim().max(max, { error: "errors.field.tooLong" }).default("");

export const emailSchema = z
  .string({ error: "errors.field.required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "errors.field.required" })
  .max(254, { error: "errors.field.tooLong" })
  .pipe(z.email({ error: "errors.field.email" }));

export const idSchema = z.string().trim().min(1, { error: "errors.field.required" }).max(64);

/** Turns a zod error into field → translation keys, for forms. */
export function toFieldErrors(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** Parses input at a boundary; invalid input becomes an AppError with translated field errors. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError("errors.invalid", toFieldErrors(parsed.error));
  return parsed.data;
}

/** One item per line, blank lines dropped: at most `maxItems` items of at most `maxLength` characters. */
export const lineList = (maxItems: number, maxLength = 300, maxChars = maxItems * (maxLength + 2)) =>
  z
    .string()
    .max(maxChars, { error: "errors.field.tooLong" })
    .default("")
    .transform((text) =>
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().max(maxLength, { error: "errors.field.tooLong" })).max(maxItems, { error: "errors.field.tooMany" }));

/** A required date (anything `Date.parse` reads, e.g. "2027-03-15"). */
export const dateSchema = z
  .string()
  .trim()
  .min(1, { error: "errors.field.required" })
  .refine((value) => !Number.isNaN(Date.parse(value)), { error: "errors.field.date" })
  .transform((value) => new Date(value));

/** An optional date: "" means none (null). */
export const optionalDateSchema = z
  .string()
  .trim()
  .default("")
  .refine((value) => value === "" || !Number.isNaN(Date.parse(value)), { error: "errors.field.date" })
  .transform((value) => (value === "" ? null : new Date(value)));
