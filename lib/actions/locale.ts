"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { LOCALE_COOKIE } from "@/lib/i18n/core";
import { localeSchema } from "@/lib/validation/municipality";
import { getActor } from "@/lib/server/auth";
import { rememberLocale } from "@/lib/server/services/users/remember-locale";

/** Switches the language for this browser, and for the account when signed in. */
export async function setLocaleAction(form: FormData): Promise<void> {
  const parsed = localeSchema.safeParse({ locale: form.get("locale") });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: false,
  });
  const actor = await getActor();
  if (actor) await rememberLocale(actor, parsed.data.locale);
  revalidatePath("/", "layout");
}
