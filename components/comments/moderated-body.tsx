"use client";
import { useT } from "@/lib/i18n/client";
import type { CommentView } from "@/lib/server/queries/comments";
import { CommentBody } from "./comment-body";
import { ReportComment } from "./report-comment";

/**
 * A comment's text as this reader may see it: an administrator's notice instead of a hidden comment
 * (its author still sees their own words beneath it), and "report" for those who may.
 */
export function ModeratedBody({ comment, compactId }: { comment: CommentView; compactId: string }) {
  const t = useT();
  return (
    <>
      {comment.hidden ? (
        <div className="space-y-1" data-testid="comment-hidden">
          <p className="rounded-md border border-line bg-surface p-2 text-sm italic">
            {comment.body ? t("moderation.hidden.ownNotice", { reason: comment.hidden.reason }) : t("moderation.hidden.notice", { reason: comment.hidden.reason })}
          </p>
          {comment.body && <CommentBody text={comment.body} />}
        </div>
      ) : (
        <CommentBody text={comment.body} />
      )}
      {comment.reported && <p className="text-xs text-muted">{t("moderation.report.reported")}</p>}
      {comment.may.report && <ReportComment compactId={compactId} commentId={comment.id} />}
    </>
  );
}
