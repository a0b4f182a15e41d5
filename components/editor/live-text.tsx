"use client";
import { useEffect, type ReactNode } from "react";
import type { AnyExtension, Editor } from "@tiptap/core";
import { EditorContent, useEditor } from "@tiptap/react";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { COLLAB_FIELD, documentExtensions } from "@/lib/collab/extensions";
import { SECTOR_COLOURS } from "@/lib/collab/presence";
import type { Sector } from "@/lib/domain/roles";
import { useT } from "@/lib/i18n/client";
import { ConnectionStatus } from "./connection-status";
import { EditorToolbar } from "./editor-toolbar";
import { PresenceList } from "./presence-list";
import { useCollabSession, type CollabSession } from "./use-collab-session";

export type LiveTextProps = {
  documentName: string;
  collabUrl: string;
  canEdit: boolean;
  user: { id: string; name: string; sector: Sector };
  /** The stored text rendered on the server, shown until the live text has synced. */
  fallback: ReactNode;
  /** More editor extensions (e.g. the comment highlights); keep the array stable across renders. */
  extensions?: AnyExtension[];
  /** Told about the live editor once it exists (and null when it goes away), e.g. for the comment panel. */
  onEditor?: (editor: Editor | null) => void;
};

/** Typography for the text, as Tailwind classes on the editable element (h2–h4, lists, quotes, tables). */
const CONTENT_CLASSES = [
  "relative min-h-64 space-y-3 whitespace-pre-wrap break-words p-4 outline-none",
  "[&_h2]:mt-6 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:mt-4 [&_h3]:text-lg [&_h3]:font-semibold [&_h4]:font-semibold",
  "[&_ul]:list-disc [&_ul]:pl-6 [&_ol]:list-decimal [&_ol]:pl-6",
  "[&_blockquote]:border-l-4 [&_blockquote]:border-line [&_blockquote]:pl-4 [&_blockquote]:text-muted",
  "[&_table]:w-full [&_table]:border-collapse [&_td]:border [&_td]:border-line [&_td]:p-2 [&_th]:border [&_th]:border-line [&_th]:bg-surface [&_th]:p-2 [&_th]:text-left",
].join(" ");

/**
 * The compact's text, live: the drafting group writes in it together (toolbar, carets named and
 * coloured by sector), everyone else who may see the draft follows it read-only as it changes.
 */
export function LiveText(props: LiveTextProps) {
  const session = useCollabSession({ url: props.collabUrl, documentName: props.documentName, user: props.user, canEdit: props.canEdit });
  const readOnly = !session || session.access !== "edit";
  return (
    <div className="space-y-3" data-testid="live-text">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <ConnectionStatus state={session?.state ?? "connecting"} readOnly={readOnly} refusal={session?.refusal ?? null} />
        {session ? <PresenceList presence={session.presence} /> : null}
      </div>
      <div className="rounded-md border border-line bg-white">
        {session?.ready ? (
          <CollaborativeEditor session={session} canEdit={props.canEdit} user={props.user} extensions={props.extensions} onEditor={props.onEditor} />
        ) : <div className="p-4">{props.fallback}</div>}
      </div>
    </div>
  );
}

type EditorProps = { session: CollabSession; canEdit: boolean; user: LiveTextProps["user"] } & Pick<LiveTextProps, "extensions" | "onEditor">;

function CollaborativeEditor({ session, canEdit, user, extensions, onEditor }: EditorProps) {
  const t = useT();
  const editable = canEdit && session.access === "edit" && !session.refusal;
  const sectorLabels = { public: t("common.sectors.public"), civil: t("common.sectors.civil") };
  const editor = useEditor(
    {
      immediatelyRender: false,
      // Tiptap would add a <style> element, which the Content-Security-Policy (rightly) blocks; the
      // few rules it carries are the Tailwind classes in CONTENT_CLASSES.
      injectCSS: false,
      editable,
      extensions: [
        ...documentExtensions(),
        Collaboration.configure({ document: session.ydoc, field: COLLAB_FIELD }),
        ...(canEdit
          ? [
              CollaborationCaret.configure({
                provider: session.provider,
                user: { name: user.name, sector: user.sector, color: SECTOR_COLOURS[user.sector], access: "edit" },
                render: (other) => renderCaret(other, sectorLabels),
                selectionRender: (other) => ({ nodeName: "span", style: `background-color: ${sectorColour(other.sector)}33` }),
              }),
            ]
          : []),
        ...(extensions ?? []),
      ],
      editorProps: {
        attributes: {
          id: "compact-text-editor",
          class: CONTENT_CLASSES,
          role: "textbox",
          "aria-multiline": "true",
          "aria-label": t(editable ? "editor.area.label" : "editor.area.readOnlyLabel"),
          "aria-readonly": String(!editable),
          "data-testid": "compact-text-editor",
        },
      },
    },
    [session.ydoc, session.provider, canEdit, extensions],
  );

  useEffect(() => {
    onEditor?.(editor);
    return () => onEditor?.(null);
  }, [editor, onEditor]);

  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  return (
    <>
      {editor && editable ? <EditorToolbar editor={editor} /> : null}
      <EditorContent editor={editor} />
    </>
  );
}

function sectorColour(sector: unknown): string {
  return sector === "civil" ? SECTOR_COLOURS.civil : SECTOR_COLOURS.public;
}

/**
 * Another writer's caret: a thin bar in their sector's colour with a label giving their name and
 * sector in words. Built from text nodes only, so a name can never become markup.
 */
function renderCaret(other: Record<string, unknown>, sectorLabels: Record<Sector, string>): HTMLElement {
  const colour = sectorColour(other.sector);
  const name = typeof other.name === "string" ? other.name.slice(0, 80) : "";
  const caret = document.createElement("span");
  caret.className = "collaboration-carets__caret";
  // A two-pixel bar between the letters; the label hangs above it.
  Object.assign(caret.style, {
    position: "relative",
    marginLeft: "-1px",
    marginRight: "-1px",
    borderLeft: `1px solid ${colour}`,
    borderRight: `1px solid ${colour}`,
    wordBreak: "normal",
    pointerEvents: "none",
  });
  caret.setAttribute("data-testid", "remote-caret");
  const label = document.createElement("span");
  label.className = "collaboration-carets__label";
  Object.assign(label.style, {
    position: "absolute",
    top: "-1.4em",
    left: "-1px",
    whiteSpace: "nowrap",
    fontSize: "0.75rem",
    fontWeight: "600",
    lineHeight: "1.2",
    padding: "0.05rem 0.3rem",
    borderRadius: "3px 3px 3px 0",
    color: "#ffffff",
    backgroundColor: colour,
    userSelect: "none",
    pointerEvents: "none",
  });
  // The sector label is ours, from the sector, never text the other browser chose.
  label.textContent = `${name} · ${sectorLabels[other.sector === "civil" ? "civil" : "public"]}`;
  caret.append(label);
  return caret;
}
