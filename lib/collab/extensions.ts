import type { AnyExtension } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { TableKit } from "@tiptap/extension-table";

/** The heading levels the text uses: the page title is the h1, so sections start at h2. */
export const HEADING_LEVELS = [2, 3, 4] as const;

/** Links may only point to the web or to an e-mail address (never javascript: or data:). */
export const LINK_PROTOCOLS = ["http", "https", "mailto"] as const;

/** The Yjs field the text lives in, on the server and in every editor. */
export const COLLAB_FIELD = "default";

/**
 * The editor's document schema as tiptap extensions, shared by the browser editor, the collaboration
 * server and the Word import so that all three accept exactly the same node types. Everything the
 * compact does not need (code, strike-through, rules, underline) is left out; undo/redo is off
 * because under collaboration the Yjs undo manager owns history.
 */
export function documentExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      undoRedo: false,
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      // Two editors appending a trailing paragraph at the same moment would leave two behind.
      trailingNode: false,
      heading: { levels: [...HEADING_LEVELS] },
      link: {
        openOnClick: false,
        autolink: true,
        protocols: [],
        defaultProtocol: "https",
        isAllowedUri: (url, ctx) => ctx.defaultValidate(url) && /^(https?:|mailto:)/i.test(url),
        HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
      },
    }),
    TableKit.configure({ table: { resizable: false } }),
  ];
}
