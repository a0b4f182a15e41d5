import { getT } from "@/lib/i18n/server";

export async function Forbidden() {
  const t = await getT();
  return (
    <div className="mx-auto max-w-xl space-y-4 py-10" data-testid="forbidden">
      <h1 className="text-2xl font-semibold">{t("errors.forbiddenPage.title")}</h1>
      <p className="text-muted">{t("errors.forbiddenPage.body")}</p>
    </div>
  );
}
