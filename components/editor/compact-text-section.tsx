import { DocumentView } from "@/components/compact/document-view";
import { CommentWorkspace } from "@/components/comments/comment-workspace";
import { collabDocumentName } from "@/lib/collab/document-name";
import type { Sector } from "@/lib/domain/roles";
import type { CompactComments } from "@/lib/server/queries/comments";
import { LiveText } from "./live-text";
import { WordPanel } from "./word-panel";

export type CompactTextSectionProps = {
  compactId: string;
  /** The compact's current version: each version is its own co-edited document. */
  versionNumber: number;
  /** The stored tiptap JSON of that version (CompactVersion.content), rendered on the server first. */
  initialContent: unknown;
  /** May this user edit the text now (getCompactText(...).access === "edit")? Otherwise a live read-only view. */
  canEdit: boolean;
  user: { id: string; name: string; sector: Sector };
  /** COLLAB_PUBLIC_URL: where the browser reaches the collaboration server. */
  collabUrl: string;
  /** The comments on this version (getCompactComments): shown beside the text and highlighted in it. */
  comments?: CompactComments;
};

/**
 * The compact's text on its page. Renders the stored text on the server (so it reads at once, also
 * without JavaScript), then the live editor for the drafting group, or the live read-only view for
 * everyone else who may see the draft, with the Word download and, for editors, the Word import.
 */
export function CompactTextSection(props: CompactTextSectionProps) {
  if (props.comments) {
    const live = {
      documentName: collabDocumentName({ compactId: props.compactId, versionNumber: props.versionNumber }),
      collabUrl: props.collabUrl,
      canEdit: props.canEdit,
      user: props.user,
      fallback: <DocumentView doc={props.initialContent} />,
    };
    return <CommentWorkspace live={live} comments={props.comments} footer={<WordPanel compactId={props.compactId} canImport={props.canEdit} />} />;
  }
  return (
    <div className="space-y-4">
      <LiveText
        documentName={collabDocumentName({ compactId: props.compactId, versionNumber: props.versionNumber })}
        collabUrl={props.collabUrl}
        canEdit={props.canEdit}
        user={props.user}
        fallback={<DocumentView doc={props.initialContent} />}
      />
      <WordPanel compactId={props.compactId} canImport={props.canEdit} />
    </div>
  );
}
