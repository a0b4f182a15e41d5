import { z } from "zod";
import { LOCALES } from "@/lib/i18n/core";
import { optionalText, requiredText } from "./common";

export const municipalitySettingsSchema = z.object({
  name: requiredText(120),
  logoText: optionalText(40),
  defaultLocale: z.enum(LOCALES, { error: "errors.field.locale" }),
});
export type MunicipalitySettingsInput = z.infer<typeof municipalitySettingsSchema>;

export const localeSchema = z.object({ locale: z.enum(LOCALES, { error: "errors.field.locale" }) });
