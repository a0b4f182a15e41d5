"use client";
import { useState } from "react";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { Badge, SectorBadge } from "@/components/ui/sector-badge";
import { COMMENT_OUTCOMES } from "@/lib/domain/comments";
import { useT } from "@/lib/i18n/client";
import type { CommentView } from "@/lib/server/queries/comments";
import {
  editCommentAction,
  resolveCommentAction,
  respondToCommentAction,
  signCommentAction,
  withdrawCommentAction,
  withdrawSignatureAction,
  createCommentAction,
} from "@/lib/actions/comments";
import { ModeratedBody } from "./moderated-body";
import { ButtonForm } from "@/components/ui/button-form";

export type AnchorState = "none" | "found" | "removed" | "unknown";

/** Author, organisation and sector in words, with the state of the comment. */
export function CommentHeader({ comment }: { comment: CommentView }) {
  const t = useT();
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span className="font-medium">{t("comments.item.by", { name: comment.author.name, organisation: comment.organisation })}</span>
      <SectorBadge sector={comment.sector} label={t(`common.sectors.${comment.sector}`)} />
      {comment.status !== "open" && <Badge>{t(`comments.status.${comment.status}`)}</Badge>}
      {comment.edited && <Badge>{t("comments.item.edited")}</Badge>}
    </div>
  );
}

export function Signatures({ comment }: { comment: CommentView }) {
  const t = useT();
  if (!comment.jointProposal) return null;
  return (
    <div className="rounded-md border border-line bg-surface p-2 text-sm" data-testid="joint-status">
      <p className="font-medium">{comment.joint ? t("comments.joint.joint") : t("comments.joint.proposal")}</p>
      {!comment.joint && comment.missingSectors.length > 0 && (
        <p className="text-muted">{t("comments.joint.missing", { sectors: comment.missingSectors.map((s) => t(`common.sectors.${s}`)).join(", ") })}</p>
      )}
      <p className="mt-1">{t("comments.joint.signatories")}:</p>
      <ul className="space-y-1">
        {comment.signatures.map((s) => (
          <li key={s.userId} className="flex flex-wrap items-center gap-2">
            {s.name}, {s.organisation} <SectorBadge sector={s.sector} label={t(`common.sectors.${s.sector}`)} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One comment thread in the side panel: the comment, its signatures, answer, replies and what the reader may do. */
export function CommentItem({
  comment,
  compactId,
  anchor,
  active,
  onShow,
}: {
  comment: CommentView;
  compactId: string;
  anchor: AnchorState;
  active: boolean;
  onShow: () => void;
}) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [replying, setReplying] = useState(false);
  const ids = { compactId, commentId: comment.id };
  return (
    <article
      className={`space-y-2 rounded-md border p-3 ${active ? "border-amber-700 bg-amber-50" : "border-line"}`}
      data-testid="comment"
      id={`comment-${comment.id}`}
      data-comment-id={comment.id}
      data-anchor={anchor}
      aria-current={active ? "true" : undefined}
    >
      <CommentHeader comment={comment} />
      <div className="text-sm text-muted">
        {comment.scope === "compact" ? (
          <span>{t("comments.item.onCompact")}</span>
        ) : (
          <div className="space-y-1">
            {comment.section && comment.scope === "section" && <p>{t("comments.item.onSection", { section: comment.section })}</p>}
            {comment.scope === "text" && comment.quote && <blockquote className="border-l-4 border-amber-600 pl-2 italic">{comment.quote}</blockquote>}
            {anchor === "removed" ? (
              <Badge>{t("comments.item.textRemoved")}</Badge>
            ) : (
              <button type="button" className="text-brand underline" onClick={onShow} disabled={anchor !== "found"}>
                {t("comments.item.show")}
              </button>
            )}
          </div>
        )}
      </div>
      {comment.status === "withdrawn" ? (
        <p className="text-sm italic text-muted">{t("comments.item.withdrawn")}</p>
      ) : editing ? (
        <ActionForm action={editCommentAction} onSuccess={() => setEditing(false)} aria-label={t("comments.item.editLabel")}>
          <input type="hidden" name="compactId" value={compactId} />
          <input type="hidden" name="commentId" value={comment.id} />
          <TextAreaField label={t("comments.item.editLabel")} name="body" defaultValue={comment.body} rows={3} />
          <div className="flex gap-2">
            <SubmitButton>{t("comments.item.save")}</SubmitButton>
            <Button variant="ghost" onClick={() => setEditing(false)}>
              {t("comments.new.cancel")}
            </Button>
          </div>
        </ActionForm>
      ) : (
        <ModeratedBody comment={comment} compactId={compactId} />
      )}
      <Signatures comment={comment} />
      {comment.response && (
        <div className="rounded-md border border-line p-2 text-sm" data-testid="comment-response">
          <p className="font-medium">
            {t("comments.response.title")}: {t(`comments.response.outcomes.${comment.response.outcome}`)}
          </p>
          <p className="text-muted">{comment.response.motivation}</p>
        </div>
      )}
      {comment.readOnly && comment.status !== "withdrawn" && <p className="text-xs text-muted">{t("comments.item.readOnly")}</p>}
      <div className="flex flex-wrap gap-2">
        {comment.may.sign && <ButtonForm action={signCommentAction} fields={ids} variant="primary">{t("comments.joint.sign")}</ButtonForm>}
        {comment.may.unsign && <ButtonForm action={withdrawSignatureAction} fields={ids}>{t("comments.joint.unsign")}</ButtonForm>}
        {comment.may.resolve && (
          <ButtonForm action={resolveCommentAction} fields={{ ...ids, resolved: String(comment.status !== "resolved") }}>{comment.status === "resolved" ? t("comments.item.reopen") : t("comments.item.resolve")}</ButtonForm>
        )}
        {comment.may.edit && !editing && (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {t("comments.item.edit")}
          </Button>
        )}
        {comment.may.withdraw && (
          <ButtonForm action={withdrawCommentAction} fields={ids} confirm={{ title: t("comments.item.withdrawTitle"), description: t("comments.item.withdrawDescription"), confirmLabel: t("comments.item.withdraw") }}>{t("comments.item.withdraw")}</ButtonForm>
        )}
        {comment.may.reply && !replying && (
          <Button variant="ghost" onClick={() => setReplying(true)}>
            {t("comments.item.reply")}
          </Button>
        )}
      </div>
      {comment.may.respond && <ResponseForm comment={comment} compactId={compactId} />}
      {comment.replies.length > 0 && (
        <ol className="ml-3 space-y-2 border-l-2 border-line pl-3" aria-label={t("comments.item.replies")}>
          {comment.replies.map((reply) => (
            <li key={reply.id} className="space-y-1" data-testid="comment-reply">
              <CommentHeader comment={reply} />
              {reply.status === "withdrawn" ? <p className="text-sm italic text-muted">{t("comments.item.withdrawn")}</p> : <ModeratedBody comment={reply} compactId={compactId} />}
              {reply.may.withdraw && (
                <ButtonForm action={withdrawCommentAction} fields={{ compactId, commentId: reply.id }} confirm={{ title: t("comments.item.withdrawTitle"), description: t("comments.item.withdrawDescription"), confirmLabel: t("comments.item.withdraw") }}>{t("comments.item.withdraw")}</ButtonForm>
              )}
            </li>
          ))}
        </ol>
      )}
      {replying && (
        <ActionForm action={createCommentAction} onSuccess={() => setReplying(false)} aria-label={t("comments.item.replyLabel")}>
          <input type="hidden" name="compactId" value={compactId} />
          <input type="hidden" name="parentId" value={comment.id} />
          <TextAreaField label={t("comments.item.replyLabel")} name="body" rows={2} />
          <div className="flex gap-2">
            <SubmitButton>{t("comments.item.sendReply")}</SubmitButton>
            <Button variant="ghost" onClick={() => setReplying(false)}>
              {t("comments.new.cancel")}
            </Button>
          </div>
        </ActionForm>
      )}
    </article>
  );
}

function ResponseForm({ comment, compactId }: { comment: CommentView; compactId: string }) {
  const t = useT();
  return (
    <ActionForm action={respondToCommentAction} successMessage={t("comments.response.saved")} aria-label={t("comments.response.title")}>
      <input type="hidden" name="compactId" value={compactId} />
      <input type="hidden" name="commentId" value={comment.id} />
      <SelectField
        label={t("comments.response.outcome")}
        name="outcome"
        defaultValue={comment.response?.outcome ?? ""}
        options={[{ value: "", label: "—" }, ...COMMENT_OUTCOMES.map((outcome) => ({ value: outcome, label: t(`comments.response.outcomes.${outcome}`) }))]}
      />
      <TextAreaField label={t("comments.response.motivation")} name="motivation" rows={2} defaultValue={comment.response?.motivation ?? ""} maxLength={2000} />
      <SubmitButton>{t("comments.response.save")}</SubmitButton>
    </ActionForm>
  );
}
