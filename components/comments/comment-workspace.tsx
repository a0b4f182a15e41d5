"use client";
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Editor } from "@tiptap/core";
import { anchorsReady, commentHighlights, createHighlightStore, refreshHighlights, resolveAnchor } from "@/components/editor/comment-highlights";
import { LiveText, type LiveTextProps } from "@/components/editor/live-text";
import type { CompactComments } from "@/lib/server/queries/comments";
import { CommentPanel, type AnchorPositions } from "./comment-panel";

/**
 * The live text with its comments beside it: the editor highlights every anchored range, the panel
 * lists the threads in text order, and choosing one scrolls the text to its words.
 */
export function CommentWorkspace({ live, comments, footer }: { live: Omit<LiveTextProps, "extensions" | "onEditor">; comments: CompactComments; footer?: ReactNode }) {
  const [store] = useState(createHighlightStore);
  const extensions = useMemo(() => [commentHighlights(store)], [store]);
  const [editor, setEditor] = useState<Editor | null>(null);
  const onEditor = useCallback((next: Editor | null) => setEditor(next), []);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [positions, setPositions] = useState<AnchorPositions>(new Map());

  const anchored = useMemo(
    () => comments.comments.filter((c) => c.anchorStart && c.anchorEnd && c.status !== "withdrawn").map((c) => ({ id: c.id, start: c.anchorStart!, end: c.anchorEnd! })),
    [comments.comments],
  );

  // Where each anchor is now; recomputed (and the highlights redrawn) shortly after the text changes.
  useEffect(() => {
    store.update(anchored, activeId);
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const measure = () => {
      if (editor.isDestroyed) return;
      // Not drawn yet: try again shortly rather than report every anchor as removed.
      if (!anchorsReady(editor.state)) {
        timer = setTimeout(measure, 200);
        return;
      }
      const next: AnchorPositions = new Map();
      for (const c of comments.comments) {
        if (c.anchorStart && c.anchorEnd) next.set(c.id, resolveAnchor(editor.state, c.anchorStart, c.anchorEnd)?.from ?? null);
      }
      setPositions(next);
      refreshHighlights(editor);
    };
    measure();
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(measure, 250);
    };
    editor.on("update", onUpdate);
    return () => {
      clearTimeout(timer);
      editor.off("update", onUpdate);
    };
  }, [editor, anchored, activeId, comments.comments, store]);

  const show = useCallback(
    (id: string) => {
      setActiveId(id);
      const comment = comments.comments.find((c) => c.id === id);
      if (!editor || !comment?.anchorStart || !comment.anchorEnd) return;
      const range = resolveAnchor(editor.state, comment.anchorStart, comment.anchorEnd);
      if (!range) return;
      const { node } = editor.view.domAtPos(range.from);
      const element = node instanceof HTMLElement ? node : node.parentElement;
      element?.scrollIntoView({ block: "center", behavior: "smooth" });
    },
    [editor, comments.comments],
  );

  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="min-w-0 space-y-4">
        <LiveText {...live} extensions={extensions} onEditor={onEditor} />
        {footer}
      </div>
      <CommentPanel data={comments} editor={editor} positions={positions} activeId={activeId} onShow={show} />
    </div>
  );
}
