import "server-only";
import type { Metadata } from "next";
import type { Locale } from "@/lib/i18n/core";
import { getEnv } from "./env";

/** Open Graph's locale names for the app's languages. */
const OG_LOCALE: Record<Locale, string> = { sv: "sv_SE", en: "en_GB" };

/** A path of this installation as an absolute URL, on the configured public address (APP_URL). */
export function absoluteUrl(path: string): string {
  return new URL(path, getEnv().APP_URL).toString();
}

/**
 * Metadata of a page the public may read and search engines may index: title and description, the
 * canonical address on APP_URL, and Open Graph for link previews. Every other page inherits the root
 * layout's `noindex`, so a page is only indexed when it says so here.
 */
export function publicMetadata(page: {
  title: string;
  description: string;
  path: string;
  locale: Locale;
  type?: "website" | "article";
  siteName: string;
  index?: boolean;
  publishedTime?: Date;
}): Metadata {
  const url = absoluteUrl(page.path);
  const index = page.index ?? true;
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: url },
    robots: { index, follow: true },
    openGraph: {
      title: page.title,
      description: page.description,
      url,
      siteName: page.siteName,
      locale: OG_LOCALE[page.locale],
      ...(page.type === "article" ? { type: "article", ...(page.publishedTime ? { publishedTime: page.publishedTime.toISOString() } : {}) } : { type: "website" }),
    },
    twitter: { card: "summary", title: page.title, description: page.description },
  };
}
