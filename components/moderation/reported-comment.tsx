"use client";
import Link from "next/link";
import { dismissReportAction, hideCommentAction } from "@/lib/actions/moderation";
import { CommentBody } from "@/components/comments/comment-body";
import { ButtonForm } from "@/components/ui/button-form";
import { ActionForm } from "@/components/ui/action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { TextAreaField } from "@/components/ui/field";
import { SectorBadge } from "@/components/ui/sector-badge";
import { MAX_HIDE_REASON_LENGTH } from "@/lib/domain/notifications";
import { useT } from "@/lib/i18n/client";
import type { ReportedComment } from "@/lib/server/queries/moderation";

/** One reported comment: what it says, who reported it and why, and the admin's two choices. */
export function ReportedCommentCard({ item, locale }: { item: ReportedComment; locale: string }) {
  const t = useT();
  const format = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { dateStyle: "short", timeStyle: "short" });
  const headingId = `reported-${item.commentId}`;
  return (
    <article className="space-y-3 rounded-lg border border-line p-4" aria-labelledby={headingId} data-testid="reported-comment">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={headingId} className="text-base font-semibold">
          {t("moderation.page.comment", { name: item.author, organisation: item.organisation })}
        </h2>
        <SectorBadge sector={item.sector} label={t(`common.sectors.${item.sector}`)} />
      </div>
      <p className="text-sm text-muted">
        {t("moderation.page.onCompact", { compact: item.compactTitle })} · {format.format(new Date(item.createdAt))} ·{" "}
        <Link href={`/compacts/${item.compactId}#comment-${item.commentId}`} className="underline">{t("moderation.page.open")}</Link>
      </p>
      <blockquote className="border-l-4 border-line pl-3">
        <CommentBody text={item.body} />
      </blockquote>
      <div>
        <h3 className="text-sm font-semibold">{t("moderation.page.reports", { count: item.reports.length })}</h3>
        <ul className="space-y-2 text-sm">
          {item.reports.map((report) => (
            <li key={report.id} className="flex flex-wrap items-center justify-between gap-2" data-testid="report">
              <span>{t("moderation.page.reportBy", { name: report.reporter, reason: report.reason })}</span>
              <ButtonForm action={dismissReportAction} fields={{ reportId: report.id }} variant="ghost">{t("moderation.page.dismiss")}</ButtonForm>
            </li>
          ))}
        </ul>
      </div>
      {item.hidden ? (
        <p className="text-sm italic">{t("moderation.page.alreadyHidden", { reason: item.hidden.reason })}</p>
      ) : (
        <ActionForm action={hideCommentAction} successMessage={t("moderation.page.hidden")} aria-label={t("moderation.page.hide")} className="space-y-2">
          <input type="hidden" name="commentId" value={item.commentId} />
          <TextAreaField label={t("moderation.page.hideReason")} name="reason" rows={2} maxLength={MAX_HIDE_REASON_LENGTH + 100} />
          <ConfirmButton title={t("moderation.page.hideTitle")} description={t("moderation.page.hideDescription")} confirmLabel={t("moderation.page.hide")}>
            {t("moderation.page.hide")}
          </ConfirmButton>
        </ActionForm>
      )}
    </article>
  );
}
