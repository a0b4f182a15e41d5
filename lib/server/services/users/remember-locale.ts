import type { Actor } from "@/lib/domain/roles";
import type { Locale } from "@/lib/i18n/core";
import { getDb } from "../../db";

/** Keeps a signed-in user's language choice on the account, so mail reaches them in it. */
export async function rememberLocale(actor: Actor, locale: Locale): Promise<void> {
  await getDb().user.update({ where: { id: actor.userId }, data: { locale } });
}
