import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/forbidden";
import { VolunteerCalculator } from "@/components/relations/volunteer-calculator";
import { Card, PageHeader } from "@/components/ui/card";
import { DEFAULT_VOLUNTEER_INPUTS, FULL_TIME_HOURS_PER_YEAR } from "@/lib/domain/volunteer-estimate";
import { getLocale, getT } from "@/lib/i18n/server";
import { actorAllowedTo } from "@/lib/server/guard";
import { getVolunteerEstimate } from "@/lib/server/queries/relations";
import { saveVolunteerEstimateAction } from "@/lib/actions/relations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("relations.volunteers.title"), robots: { index: false } };
}

export default async function VolunteersPage() {
  const actor = await actorAllowedTo("relations.view", "/relations/volunteers");
  if (!actor) return <Forbidden />;
  const [t, locale, estimate] = await Promise.all([getT(), getLocale(), getVolunteerEstimate(actor)]);
  const number = new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits: 2, useGrouping: false });
  const date = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { dateStyle: "medium" });
  // The saved estimate if there is one, else the defaults from the surveys (residents must be entered).
  const source = estimate.saved ?? { residents: null, ...DEFAULT_VOLUNTEER_INPUTS };
  const initial = {
    residents: source.residents === null ? "" : String(source.residents),
    sharePercent: number.format(source.shareVolunteering * 100),
    hoursPerWeek: number.format(source.hoursPerWeek),
    weeksPerYear: String(source.weeksPerYear),
  };
  return (
    <div className="space-y-6">
      <PageHeader title={t("relations.volunteers.title")} description={t("relations.volunteers.description")} />
      <Link href="/relations">{t("relations.volunteers.back")}</Link>
      <Card className="space-y-4">
        <h2 className="text-lg font-semibold">{t("relations.volunteers.calculator", { municipality: estimate.municipalityName })}</h2>
        <p className="text-sm text-muted" data-testid="volunteer-saved">
          {estimate.saved
            ? t("relations.volunteers.savedBy", { date: date.format(estimate.saved.updatedAt), name: estimate.saved.updatedByName ?? "—" })
            : t("relations.volunteers.notSaved")}
        </p>
        <VolunteerCalculator action={saveVolunteerEstimateAction} initial={initial} mayEdit={estimate.mayEdit} />
        <p className="text-sm text-muted">{t("relations.volunteers.attachHint")}</p>
      </Card>
      <Card>
        <h2 className="mb-2 text-lg font-semibold">{t("relations.volunteers.sources.title")}</h2>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          <li>{t("relations.volunteers.sources.share")}</li>
          <li>{t("relations.volunteers.sources.share2019")}</li>
          <li>{t("relations.volunteers.sources.national")}</li>
          <li>{t("relations.volunteers.sources.basis", { hours: new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-GB").format(FULL_TIME_HOURS_PER_YEAR) })}</li>
          <li>{t("relations.volunteers.sources.rough")}</li>
        </ul>
      </Card>
    </div>
  );
}
