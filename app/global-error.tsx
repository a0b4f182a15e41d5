"use client";
import { createTranslator, isLocale } from "@/lib/i18n/core";
import { MESSAGES } from "@/lib/i18n/messages";

/** Last resort when the root layout itself fails: no providers are available, so read the cookie. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const cookie = typeof document === "undefined" ? undefined : /(?:^|; )locale=(\w+)/.exec(document.cookie)?.[1];
  const locale = isLocale(cookie) ? cookie : "sv";
  const t = createTranslator(MESSAGES[locale]);
  return (
    <html lang={locale}>
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "4rem auto", padding: "0 1rem" }}>
        <h1>{t("errors.errorPage.title")}</h1>
        <p>{t("errors.errorPage.body")}</p>
        <button type="button" onClick={reset}>
          {t("errors.errorPage.retry")}
        </button>
      </body>
    </html>
  );
}
