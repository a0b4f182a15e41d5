import type { Actor } from "@/lib/domain/roles";
import { collabDocumentName } from "@/lib/collab/document-name";
import { flushText } from "@/lib/collab/remote-edit";
import { TEXT_STAGES } from "@/lib/domain/permissions";
import { getEnv } from "@/lib/server/env";
import { getCompactText } from "@/lib/server/load/compact-text";

/** Where browsers reach the collaboration server (COLLAB_PUBLIC_URL). */
export function collabPublicUrl(): string {
  return getEnv().COLLAB_PUBLIC_URL;
}

/** Where the app itself reaches the collaboration server (COLLAB_HOST:COLLAB_PORT, loopback when it listens everywhere). */
export function collabInternalUrl(): string {
  const env = getEnv();
  const host = env.COLLAB_HOST === "0.0.0.0" || env.COLLAB_HOST === "::" ? "127.0.0.1" : env.COLLAB_HOST;
  return `ws://${host.includes(":") ? `[${host}]` : host}:${env.COLLAB_PORT}`;
}

/**
 * Before the text is snapshotted (a stage change), makes sure what the co-editing server holds is in
 * the database: the live text may be a second ahead of the stored one. Only in a stage in which the
 * text is written; when the co-editing server cannot be reached nobody can be editing live, so what
 * is stored is current and the stage change goes on.
 */
export async function storeLiveText(actor: Actor | null, compactId: string, cookie: string | null): Promise<void> {
  if (!cookie) return;
  const text = await getCompactText(actor, compactId).catch(() => null);
  if (!text || !(TEXT_STAGES as readonly string[]).includes(text.stage)) return;
  const documentName = collabDocumentName({ compactId, versionNumber: text.versionNumber });
  await flushText({ url: collabInternalUrl(), documentName, cookie, timeoutMs: 5_000 }).catch((error: unknown) => {
    console.warn(`[collab] could not store the live text of ${documentName} before a stage change:`, error instanceof Error ? error.message : error);
  });
}
