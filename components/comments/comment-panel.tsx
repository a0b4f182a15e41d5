"use client";
import { useId, useMemo, useState } from "react";
import type { Editor } from "@tiptap/core";
import { useT } from "@/lib/i18n/client";
import type { CompactComments, CommentView } from "@/lib/server/queries/comments";
import { CommentItem, type AnchorState } from "./comment-item";
import { NewComment } from "./new-comment";
import { useLiveComments } from "./use-live-comments";

export type AnchorPositions = Map<string, number | null>;

const ALL = "";

/** Text order: comments on the whole compact first, then by where their anchor is now, removed anchors last. */
function inTextOrder(comments: CommentView[], positions: AnchorPositions): CommentView[] {
  const rank = (c: CommentView) => (c.scope === "compact" ? -1 : (positions.get(c.id) ?? Number.MAX_SAFE_INTEGER));
  return [...comments].sort((a, b) => rank(a) - rank(b) || a.createdAt.localeCompare(b.createdAt));
}

function anchorState(comment: CommentView, positions: AnchorPositions, ready: boolean): AnchorState {
  if (comment.scope === "compact") return "none";
  if (!ready || !positions.has(comment.id)) return "unknown";
  return positions.get(comment.id) === null ? "removed" : "found";
}

/**
 * The side panel: a new comment, filters by sector, status and section, and every thread in the
 * order its anchor has in the text now.
 */
export function CommentPanel({
  data,
  editor,
  positions,
  activeId,
  onShow,
}: {
  data: CompactComments;
  editor: Editor | null;
  positions: AnchorPositions;
  activeId: string | null;
  onShow: (id: string) => void;
}) {
  const t = useT();
  const id = useId();
  // Others' comments appear without a reload.
  useLiveComments(data.compactId, data.liveStamp);
  const [sector, setSector] = useState(ALL);
  const [status, setStatus] = useState(ALL);
  const [section, setSection] = useState(ALL);
  const sections = useMemo(() => [...new Set(data.comments.map((c) => c.section))], [data.comments]);
  const shown = inTextOrder(data.comments, positions).filter(
    (c) => (sector === ALL || c.sector === sector) && (status === ALL || c.status === status) && (section === ALL || c.section === section.slice(1)),
  );
  const select = (label: string, value: string, set: (v: string) => void, options: { value: string; label: string }[]) => (
    <label className="text-sm">
      <span className="block font-medium">{label}</span>
      <select className="mt-1 min-h-10 w-full rounded-md border border-line bg-white px-2" value={value} onChange={(event) => set(event.target.value)}>
        <option value={ALL}>{t("comments.filter.all")}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section aria-labelledby={`${id}-title`} className="@container min-w-0 space-y-4" data-testid="comment-panel">
      <div>
        <h3 id={`${id}-title`} className="text-base font-semibold">
          {t("comments.panel.title")} ({data.comments.length})
        </h3>
        <p className="text-sm text-muted">{data.may.comment ? t("comments.panel.description") : t("comments.panel.readOnly")}</p>
      </div>
      {data.may.comment && <NewComment compactId={data.compactId} editor={editor} mayDraftJoint={data.may.commentJoint} />}
      {data.comments.length > 0 && (
        <fieldset className="grid grid-cols-1 gap-2 @md:grid-cols-3">
          <legend className="sr-only">{t("comments.filter.label")}</legend>
          {select(t("comments.filter.sector"), sector, setSector, [
            { value: "public", label: t("common.sectors.public") },
            { value: "civil", label: t("common.sectors.civil") },
          ])}
          {select(t("comments.filter.status"), status, setStatus, [
            { value: "open", label: t("comments.status.open") },
            { value: "resolved", label: t("comments.status.resolved") },
            { value: "withdrawn", label: t("comments.status.withdrawn") },
          ])}
          {select(
            t("comments.filter.section"),
            section,
            setSection,
            // A leading "#" keeps the "whole compact" section (an empty title) apart from "all".
            sections.map((s) => ({ value: `#${s}`, label: s || t("comments.filter.wholeCompact") })),
          )}
        </fieldset>
      )}
      {data.comments.length === 0 ? (
        <p className="text-sm text-muted">{t("comments.panel.empty")}</p>
      ) : shown.length === 0 ? (
        <p className="text-sm text-muted">{t("comments.panel.emptyFiltered")}</p>
      ) : (
        <ol className="space-y-3" aria-label={t("comments.panel.title")}>
          {shown.map((comment) => (
            <li key={comment.id}>
              <CommentItem
                comment={comment}
                compactId={data.compactId}
                anchor={anchorState(comment, positions, editor !== null)}
                active={comment.id === activeId}
                onShow={() => onShow(comment.id)}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
