"use client";
import { useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useEditorState, type Editor } from "@tiptap/react";
import { useT } from "@/lib/i18n/client";
import { cn } from "@/components/ui/cn";
import { LinkForm } from "./link-form";

type Tool = { key: string; glyph: ReactNode; active?: boolean; run: () => void; disabled?: boolean };

/** A chain link; the emoji would need a font many systems lack. */
const LINK_ICON = (
  <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round">
    <path d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5" />
    <path d="M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5" />
  </svg>
);

/**
 * The formatting toolbar: one tab stop (arrow keys, Home and End move between buttons, as the WAI-ARIA
 * toolbar pattern asks), every button named for screen readers and marked pressed when its format
 * applies at the cursor. Table tools appear while the cursor is in a table.
 */
export function EditorToolbar({ editor }: { editor: Editor }) {
  const t = useT();
  const [linkOpen, setLinkOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      paragraph: e.isActive("paragraph"),
      heading2: e.isActive("heading", { level: 2 }),
      heading3: e.isActive("heading", { level: 3 }),
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      bulletList: e.isActive("bulletList"),
      orderedList: e.isActive("orderedList"),
      blockquote: e.isActive("blockquote"),
      link: e.isActive("link"),
      table: e.isActive("table"),
    }),
  });
  const chain = () => editor.chain().focus();
  const tools: Tool[] = [
    { key: "paragraph", glyph: "¶", active: state.paragraph, run: () => chain().setParagraph().run() },
    { key: "heading2", glyph: "H2", active: state.heading2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { key: "heading3", glyph: "H3", active: state.heading3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { key: "bold", glyph: <b>B</b>, active: state.bold, run: () => chain().toggleBold().run() },
    { key: "italic", glyph: <i className="font-serif">I</i>, active: state.italic, run: () => chain().toggleItalic().run() },
    { key: "bulletList", glyph: "•", active: state.bulletList, run: () => chain().toggleBulletList().run() },
    { key: "orderedList", glyph: "1.", active: state.orderedList, run: () => chain().toggleOrderedList().run() },
    { key: "blockquote", glyph: "❝", active: state.blockquote, run: () => chain().toggleBlockquote().run() },
    { key: "link", glyph: LINK_ICON, active: state.link, run: () => setLinkOpen((open) => !open) },
    { key: "table", glyph: "▦", run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(), disabled: state.table },
    ...(state.table
      ? [
          { key: "addRow", glyph: "+≡", run: () => chain().addRowAfter().run() },
          { key: "addColumn", glyph: "+‖", run: () => chain().addColumnAfter().run() },
          { key: "deleteRow", glyph: "−≡", run: () => chain().deleteRow().run() },
          { key: "deleteColumn", glyph: "−‖", run: () => chain().deleteColumn().run() },
          { key: "deleteTable", glyph: "✕▦", run: () => chain().deleteTable().run() },
        ]
      : []),
    { key: "undo", glyph: "↶", run: () => chain().undo().run() },
    { key: "redo", glyph: "↷", run: () => chain().redo().run() },
  ];
  const current = Math.min(focusIndex, tools.length - 1);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: tools.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = (moves[event.key]! + tools.length) % tools.length;
    setFocusIndex(next);
    buttons.current[next]?.focus();
  }

  return (
    <div className="border-b border-line bg-surface">
      <div role="toolbar" aria-label={t("editor.toolbar.label")} aria-controls="compact-text-editor" className="flex flex-wrap gap-1 p-2" onKeyDown={onKeyDown}>
        {tools.map((tool, index) => (
          <button
            key={tool.key}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            tabIndex={index === current ? 0 : -1}
            aria-label={t(`editor.toolbar.${tool.key}`)}
            title={t(`editor.toolbar.${tool.key}`)}
            aria-pressed={tool.active === undefined ? undefined : tool.active}
            disabled={tool.disabled}
            onFocus={() => setFocusIndex(index)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={tool.run}
            className={cn(
              "min-h-9 min-w-9 rounded border px-2 text-sm font-semibold disabled:opacity-50",
              tool.active ? "border-brand bg-brand text-white" : "border-line bg-white text-ink hover:bg-surface",
            )}
          >
            <span aria-hidden="true" className="inline-flex items-center justify-center">
              {tool.glyph}
            </span>
          </button>
        ))}
      </div>
      {linkOpen ? <LinkForm editor={editor} onClose={() => setLinkOpen(false)} /> : null}
    </div>
  );
}
