"use client";
import { useState } from "react";
import type { Editor } from "@tiptap/core";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { anchorFromRange, sectionAt, sectionsOf } from "@/components/editor/comment-highlights";
import { useT } from "@/lib/i18n/client";
import { createCommentAction } from "@/lib/actions/comments";

type Draft = { scope: "text" | "section" | "compact"; anchorStart: string; anchorEnd: string; quote: string; sectionTitle: string };

/** Starts a comment on the selected text, on a section (its heading is the anchor) or on the whole compact. */
export function NewComment({ compactId, editor, mayDraftJoint }: { compactId: string; editor: Editor | null; mayDraftJoint: boolean }) {
  const t = useT();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [section, setSection] = useState("");
  const sections = editor ? sectionsOf(editor.state) : [];

  function onSelection() {
    if (!editor) return;
    const { from, to } = editor.state.selection;
    const anchor = anchorFromRange(editor.state, from, to);
    if (!anchor) return setNotice(t("comments.new.selectFirst"));
    setNotice(null);
    const quote = editor.state.doc.textBetween(from, to, " ").slice(0, 1000);
    setDraft({ scope: "text", anchorStart: anchor.start, anchorEnd: anchor.end, quote, sectionTitle: sectionAt(editor.state, from) });
  }

  function onSection() {
    if (!editor) return;
    const chosen = sections.find((s) => s.title === section) ?? sections[0];
    const anchor = chosen && anchorFromRange(editor.state, chosen.from, chosen.to);
    if (!chosen || !anchor) return;
    setNotice(null);
    setDraft({ scope: "section", anchorStart: anchor.start, anchorEnd: anchor.end, quote: chosen.title, sectionTitle: chosen.title });
  }

  if (draft) {
    const label =
      draft.scope === "text"
        ? t("comments.new.quoteLabel", { quote: draft.quote.length > 120 ? `${draft.quote.slice(0, 120)}…` : draft.quote })
        : draft.scope === "section"
          ? t("comments.new.sectionLabel", { section: draft.sectionTitle })
          : t("comments.new.compactLabel");
    return (
      <ActionForm action={createCommentAction} onSuccess={() => setDraft(null)} aria-label={t("comments.new.body")}>
        <p className="text-sm text-muted" data-testid="comment-target">
          {label}
        </p>
        {Object.entries({ compactId, ...draft }).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <TextAreaField label={t("comments.new.body")} hint={t("comments.new.bodyHint")} name="body" rows={4} />
        {mayDraftJoint && (
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="joint" className="mt-1" />
            <span>{t("comments.new.joint")}</span>
          </label>
        )}
        <div className="flex flex-wrap gap-2">
          <SubmitButton>{t("comments.new.submit")}</SubmitButton>
          <Button variant="ghost" onClick={() => setDraft(null)}>
            {t("comments.new.cancel")}
          </Button>
        </div>
      </ActionForm>
    );
  }

  return (
    <div className="space-y-2">
      {notice && <Alert tone="info">{notice}</Alert>}
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" onClick={onSelection} disabled={!editor} onMouseDown={(event) => event.preventDefault()}>
          {t("comments.new.onSelection")}
        </Button>
        <Button variant="secondary" onClick={() => setDraft({ scope: "compact", anchorStart: "", anchorEnd: "", quote: "", sectionTitle: "" })}>
          {t("comments.new.onCompact")}
        </Button>
      </div>
      {sections.length > 0 && (
        <div className="flex flex-wrap items-end gap-2">
          <label className="text-sm">
            <span className="block font-medium">{t("comments.new.section")}</span>
            <select className="mt-1 min-h-10 rounded-md border border-line bg-white px-2" value={section} onChange={(event) => setSection(event.target.value)}>
              {sections.map((s) => (
                <option key={`${s.from}`} value={s.title}>
                  {s.title}
                </option>
              ))}
            </select>
          </label>
          <Button variant="secondary" onClick={onSection}>
            {t("comments.new.onSection")}
          </Button>
        </div>
      )}
    </div>
  );
}
