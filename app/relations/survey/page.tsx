import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/forbidden";
import { SendAgainForm, SendSurveyForm } from "@/components/relations/survey-forms";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/sector-badge";
import { getLocale, getT } from "@/lib/i18n/server";
import { actorAllowedTo } from "@/lib/server/guard";
import { getSurveyOverview, type SurveyRow } from "@/lib/server/queries/relations";
import type { Translate } from "@/lib/i18n/core";
import { sendSurveyAction } from "@/lib/actions/relations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("relations.survey.title"), robots: { index: false } };
}

export default async function SurveyStatusPage() {
  const actor = await actorAllowedTo("relations.manage", "/relations/survey");
  if (!actor) return <Forbidden />;
  const [t, locale, rows] = await Promise.all([getT(), getLocale(), getSurveyOverview(actor)]);
  const date = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { dateStyle: "medium" });
  const answered = rows.filter((row) => row.status === "answered").length;
  return (
    <div className="space-y-6">
      <PageHeader title={t("relations.survey.title")} description={t("relations.survey.description")} />
      <Link href="/relations">{t("relations.survey.back")}</Link>
      <Card>
        <SendSurveyForm action={sendSurveyAction} />
      </Card>
      {rows.length === 0 ? (
        <EmptyState title={t("relations.survey.empty")} />
      ) : (
        <Card>
          <p className="mb-3 font-medium" data-testid="survey-answered">
            {t("relations.survey.answeredCount", { answered, total: rows.length })}
          </p>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">{t("relations.survey.caption")}</caption>
              <thead>
                <tr className="border-b border-line text-left">
                  {(["organisation", "kind", "relations", "status", "actions"] as const).map((column) => (
                    <th key={column} scope="col" className="py-2 pr-3 font-semibold">
                      {t(`relations.survey.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id} className="border-b border-line align-top last:border-0" data-testid={`survey-row-${row.name}`}>
                    <th scope="row" className="py-3 pr-3 text-left font-medium">
                      {row.name}
                    </th>
                    <td className="py-3 pr-3">
                      <Badge>{t(`common.kinds.${row.kind}`)}</Badge>
                    </td>
                    <td className="py-3 pr-3 tabular-nums">{row.relations}</td>
                    <td className="py-3 pr-3" data-testid="survey-status">
                      {statusText(row, t, date)}
                    </td>
                    <td className="space-y-2 py-3">
                      <Link href={`/relations/organisations/${row.id}`} aria-label={t("relations.survey.recordFor", { name: row.name })} className="block">
                        {t("relations.survey.record")}
                      </Link>
                      {row.representatives > 0 && row.status !== "not_sent" && (
                        <SendAgainForm action={sendSurveyAction} organisationId={row.id} organisationName={row.name} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.some((row) => row.status === "no_representative") && <p className="mt-3 text-sm text-muted">{t("relations.survey.noRepresentativeHint")}</p>}
        </Card>
      )}
    </div>
  );
}

function statusText(row: SurveyRow, t: Translate, date: Intl.DateTimeFormat): string {
  const format = (d: Date | null) => (d ? date.format(d) : "");
  return t(`relations.survey.statusText.${row.status}`, { date: format(row.answeredAt ?? row.sentAt), expires: format(row.expiresAt) });
}
