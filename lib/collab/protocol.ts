/**
 * What the collaboration server and the editor say to each other beyond Yjs itself: why a
 * connection was refused or closed, and the "stored" notice that lets the editor show "saved" only
 * once the text is in the database. Shared by both sides, so it has no server imports.
 */

/** Reasons a connection is refused (at connect) or closed (on a message). The editor translates them. */
export const REFUSALS = {
  unauthenticated: 4401,
  forbidden: 4403,
  notFound: 4404,
  staleVersion: 4409,
  readOnly: 4405,
  updateTooLarge: 4413,
  documentTooLarge: 4414,
  invalidContent: 4422,
  badOrigin: 4400,
} as const;
export type RefusalReason = keyof typeof REFUSALS;

export function isRefusalReason(value: unknown): value is RefusalReason {
  return typeof value === "string" && Object.hasOwn(REFUSALS, value);
}

/** What the user may do with the text on this connection. */
export type CollabAccess = "edit" | "read";

/** Broadcast after every write to the database: the Yjs snapshot (state vector + deletions) stored. */
export type StoredNotice = { type: "stored"; snapshot: string };
/** Sent when a connection's access changes while it is open (e.g. the compact left formulation). */
export type AccessNotice = { type: "access"; access: CollabAccess };
export type ServerNotice = StoredNotice | AccessNotice;

export function parseServerNotice(payload: string): ServerNotice | null {
  try {
    const value: unknown = JSON.parse(payload);
    if (typeof value !== "object" || value === null) return null;
    const notice = value as Record<string, unknown>;
    if (notice.type === "stored" && typeof notice.snapshot === "string") return { type: "stored", snapshot: notice.snapshot };
    if (notice.type === "access" && (notice.access === "edit" || notice.access === "read")) return { type: "access", access: notice.access };
    return null;
  } catch {
    return null;
  }
}

/** Base64 without Buffer, so the browser can decode what the server encodes. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
