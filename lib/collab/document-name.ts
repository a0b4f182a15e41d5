/**
 * The name a co-edited text has on the collaboration server: one Yjs document per compact version,
 * so a new round of formulation (a new version) starts a new document and a frozen version's
 * document is never opened for writing again.
 */
const NAME = /^compact:([A-Za-z0-9_-]{1,64}):v([1-9][0-9]{0,5})$/;

export type CollabDocumentRef = { compactId: string; versionNumber: number };

export function collabDocumentName(ref: CollabDocumentRef): string {
  return `compact:${ref.compactId}:v${ref.versionNumber}`;
}

/** The compact and version behind a document name, or null for anything else. */
export function parseCollabDocumentName(name: string): CollabDocumentRef | null {
  const match = NAME.exec(name);
  if (!match) return null;
  return { compactId: match[1]!, versionNumber: Number(match[2]) };
}
