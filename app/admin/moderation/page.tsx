import { Forbidden } from "@/components/forbidden";
import { ReportedCommentCard } from "@/components/moderation/reported-comment";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { getLocale, getT } from "@/lib/i18n/server";
import { actorAllowedTo } from "@/lib/server/guard";
import { listOpenReports } from "@/lib/server/queries/moderation";

export default async function ModerationPage() {
  const actor = await actorAllowedTo("comment.moderate", "/admin/moderation");
  if (!actor) return <Forbidden />;
  const [t, locale, reported] = await Promise.all([getT(), getLocale(), listOpenReports(actor)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("moderation.page.title")} description={t("moderation.page.description")} />
      {reported.length === 0 ? (
        <EmptyState title={t("moderation.page.empty")} />
      ) : (
        <ul className="space-y-4" aria-label={t("moderation.page.title")}>
          {reported.map((item) => (
            <li key={item.commentId}>
              <ReportedCommentCard item={item} locale={locale} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
