import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { createTranslator, LOCALE_COOKIE, resolveLocale, type Locale, type Translate } from "./core";
import { MESSAGES } from "./messages";
import { getDefaultMunicipality } from "@/lib/server/queries/admin";

/** The language of this request: the visitor's choice (cookie), else the installation's default. */
export const getLocale = cache(async (): Promise<Locale> => {
  const choice = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (choice) return resolveLocale(choice, undefined);
  const municipality = await getDefaultMunicipality().catch(() => null);
  return resolveLocale(undefined, municipality?.defaultLocale);
});

export async function getT(): Promise<Translate> {
  return createTranslator(MESSAGES[await getLocale()]);
}
