import { LinkButton } from "@/components/ui/button";
import { getT } from "@/lib/i18n/server";

export default async function NotFound() {
  const t = await getT();
  return (
    <div className="mx-auto max-w-xl space-y-4 py-10">
      <h1 className="text-2xl font-semibold">{t("errors.notFoundPage.title")}</h1>
      <p className="text-muted">{t("errors.notFoundPage.body")}</p>
      <LinkButton href="/">{t("errors.notFoundPage.home")}</LinkButton>
    </div>
  );
}
