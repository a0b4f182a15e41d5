import { Extension, type Editor } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { fromBase64, toBase64 } from "@/lib/collab/protocol";

/**
 * Comments anchored in the live text. An anchor is a pair of Yjs relative positions (base64): they
 * point at the Yjs items of the text, not at character offsets, so they keep pointing at the same
 * words while others type before, inside or after them. When the words are deleted the range
 * collapses and the comment is shown as "text removed".
 *
 * Highlights are ProseMirror decorations, never marks: they are drawn in this browser only and do
 * not change the shared text.
 */

export type CommentAnchor = { id: string; start: string; end: string };
export type HighlightStore = { anchors: CommentAnchor[]; activeId: string | null; update: (anchors: CommentAnchor[], activeId: string | null) => void };

/** What the highlights show: kept outside React state, read by the plugin on every redraw. */
export function createHighlightStore(): HighlightStore {
  return {
    anchors: [],
    activeId: null,
    update(anchors, activeId) {
      this.anchors = anchors;
      this.activeId = activeId;
    },
  };
}

type Mapping = Parameters<typeof absolutePositionToRelativePosition>[2];
type SyncState = { type: Y.XmlFragment; doc: Y.Doc; binding: { mapping: Mapping } | null } | undefined;

function syncState(state: EditorState): SyncState {
  const sync = ySyncPluginKey.getState(state) as SyncState;
  // Until the binding has drawn the text once, its mapping is empty and no position can be resolved.
  return sync?.binding && sync.binding.mapping.size > 0 ? sync : undefined;
}

/** Can anchors be resolved in this state yet (the live text has been drawn)? */
export function anchorsReady(state: EditorState): boolean {
  return syncState(state) !== undefined;
}

/** The selection (or any range) as a pair of encoded Yjs relative positions, or null before the text has synced. */
export function anchorFromRange(state: EditorState, from: number, to: number): { start: string; end: string } | null {
  const sync = syncState(state);
  if (!sync || to <= from) return null;
  const encode = (pos: number) => toBase64(Y.encodeRelativePosition(absolutePositionToRelativePosition(pos, sync.type, sync.binding!.mapping)));
  return { start: encode(from), end: encode(to) };
}

/** Where an anchor points in the text now, or null when its words were deleted (or it cannot be read). */
export function resolveAnchor(state: EditorState, start: string, end: string): { from: number; to: number } | null {
  const sync = syncState(state);
  if (!sync) return null;
  try {
    const resolve = (encoded: string) => relativePositionToAbsolutePosition(sync.doc, sync.type, Y.decodeRelativePosition(fromBase64(encoded)), sync.binding!.mapping);
    const from = resolve(start);
    const to = resolve(end);
    if (from === null || to === null || to <= from || to > state.doc.content.size) return null;
    return { from, to };
  } catch {
    return null;
  }
}

export const commentHighlightKey = new PluginKey<DecorationSet>("commentHighlights");

function buildDecorations(state: EditorState, store: HighlightStore): DecorationSet {
  const decorations: Decoration[] = [];
  for (const anchor of store.anchors) {
    const range = resolveAnchor(state, anchor.start, anchor.end);
    if (!range) continue;
    const active = anchor.id === store.activeId;
    decorations.push(
      Decoration.inline(range.from, range.to, {
        class: active ? "comment-anchor bg-amber-300 outline outline-2 outline-amber-700" : "comment-anchor bg-amber-100 underline decoration-amber-700 decoration-dotted",
        "data-comment-id": anchor.id,
        ...(active ? { "data-active": "true" } : {}),
      }),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}

/**
 * The decoration plugin. Local edits move the highlights with ProseMirror's own mapping (the Yjs
 * binding catches up only after the transaction); remote edits and a changed list of comments
 * resolve the anchors again through the binding.
 */
export function commentHighlights(store: HighlightStore) {
  return Extension.create({
    name: "commentHighlights",
    addProseMirrorPlugins() {
      return [
        new Plugin<DecorationSet>({
          key: commentHighlightKey,
          state: {
            init: () => DecorationSet.empty,
            apply(tr, previous, _old, next) {
              const sync = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean; binding?: unknown } | undefined;
              if (tr.getMeta(commentHighlightKey) || sync?.isChangeOrigin || sync?.binding) return buildDecorations(next, store);
              return tr.docChanged ? previous.map(tr.mapping, tr.doc) : previous;
            },
          },
          props: { decorations: (state) => commentHighlightKey.getState(state) },
        }),
      ];
    },
  });
}

/** Draws the highlights again (after the list of comments or the active one changed). */
export function refreshHighlights(editor: Editor): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta(commentHighlightKey, true).setMeta("addToHistory", false));
}

/** Top-level headings (sections) of the text with their range, in order. */
export function sectionsOf(state: EditorState): { title: string; from: number; to: number }[] {
  const sections: { title: string; from: number; to: number }[] = [];
  state.doc.forEach((node, offset) => {
    if (node.type.name === "heading" && node.attrs.level === 2 && node.textContent.trim()) {
      sections.push({ title: node.textContent.trim(), from: offset + 1, to: offset + 1 + node.content.size });
    }
  });
  return sections;
}

/** The title of the section a position lies in (the last section heading before it), or "". */
export function sectionAt(state: EditorState, pos: number): string {
  let title = "";
  for (const section of sectionsOf(state)) if (section.from <= pos) title = section.title;
  return title;
}
