"use client";
import { useEffect } from "react";
import { Button, LinkButton } from "@/components/ui/button";
import { useT } from "@/lib/i18n/client";

/** Shown for an unexpected error in a page. The details stay in the server log; only a digest reaches here. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useT();
  useEffect(() => {
    console.error("page error", error.digest);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-4 py-10">
      <h1 className="text-2xl font-semibold">{t("errors.errorPage.title")}</h1>
      <p className="text-muted">{t("errors.errorPage.body")}</p>
      <div className="flex gap-2">
        <Button onClick={reset}>{t("errors.errorPage.retry")}</Button>
        <LinkButton href="/" variant="secondary">
          {t("errors.notFoundPage.home")}
        </LinkButton>
      </div>
    </div>
  );
}
