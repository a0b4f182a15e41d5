import type { Metadata } from "next";
import { RelationsEditor } from "@/components/relations/relations-editor";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { getLocale, getT } from "@/lib/i18n/server";
import { requireActor } from "@/lib/server/guard";
import { getSurveyForAnswer } from "@/lib/server/queries/relations";
import { answerSurveyAction } from "@/lib/actions/survey";

export const metadata: Metadata = { robots: { index: false }, referrer: "no-referrer" };

/**
 * The survey link. Answering needs the representative to be signed in (see answerSurvey for why),
 * so an anonymous visitor is sent to sign in and brought back here.
 */
export default async function SurveyPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const actor = await requireActor(`/survey/${token}`);
  const [t, locale, survey] = await Promise.all([getT(), getLocale(), getSurveyForAnswer(actor, token)]);
  const date = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { dateStyle: "long" });
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <PageHeader title={t("relations.answer.title")} description={"organisationName" in survey ? survey.organisationName : undefined} />
      {survey.status === "unknown" || survey.status === "expired" ? (
        <Alert tone="error">{t(`errors.token.${survey.status}`)}</Alert>
      ) : survey.status === "used" ? (
        <Alert tone="success">{t("relations.answer.answered", { organisation: survey.organisationName, date: date.format(survey.answeredAt ?? new Date()) })}</Alert>
      ) : survey.status === "forbidden" ? (
        <Alert tone="error">{t("relations.answer.forbidden", { organisation: survey.organisationName })}</Alert>
      ) : (
        <Card>
          <RelationsEditor
            action={answerSurveyAction}
            hidden={{ token }}
            initialRows={survey.rows}
            committees={survey.committees}
            submitLabel={t("relations.answer.submit")}
            successMessage={t("relations.answer.done")}
            intro={
              <div className="space-y-2">
                <p>{t("relations.answer.intro", { organisation: survey.organisationName })}</p>
                <p className="text-sm text-muted">
                  {t("relations.answer.noRelationsHint")} {t("relations.answer.expires", { date: date.format(survey.expiresAt) })}
                </p>
              </div>
            }
          />
        </Card>
      )}
    </div>
  );
}
