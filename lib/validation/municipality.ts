import { z } from "zod";
import { LOCALES } from "@/lib/i18n/core";
import { municipalitySlugProblem } from "@/lib/domain/municipality-slug";
import { optionalText, requiredText } from "./common";

export const municipalitySettingsSchema = z.object({
  name: requiredText(120),
  logoText: optionalText(40),
  defaultLocale: z.enum(LOCALES, { error: "errors.field.locale" }),
});
export type MunicipalitySettingsInput = z.infer<typeof municipalitySettingsSchema>;

export const localeSchema = z.object({ locale: z.enum(LOCALES, { error: "errors.field.locale" }) });

/** A municipality's address on the portal: a valid slug that none of the app's own routes uses. */
export const municipalitySlugSchema = z
  .string({ error: "errors.field.required" })
  .trim()
  .min(1, { error: "errors.field.required" })
  .superRefine((slug, ctx) => {
    const problem = municipalitySlugProblem(slug);
    if (problem) ctx.addIssue({ code: "custom", message: problem === "reserved" ? "errors.municipality.slugReserved" : "errors.municipality.slugFormat" });
  });

export const createMunicipalitySchema = municipalitySettingsSchema.extend({ slug: municipalitySlugSchema });
export type CreateMunicipalityInput = z.input<typeof createMunicipalitySchema>;
