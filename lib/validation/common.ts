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
