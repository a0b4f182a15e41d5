import { UnauthenticatedError, NotFoundError } from "@/lib/domain/errors";
import type { Doc } from "@/lib/domain/document";
import type { Actor, Sector } from "@/lib/domain/roles";
import { textAccess } from "@/lib/collab/access";
import { collabDocumentName } from "@/lib/collab/document-name";
import { flushText } from "@/lib/collab/remote-edit";
import { TEXT_STAGES } from "@/lib/domain/permissions";
import type { CollabAccess } from "@/lib/collab/protocol";
import { getDb } from "@/lib/server/db";
import { loadCompactForActor } from "./compact";
import { getEnv } from "@/lib/server/env";

/** What the compact page, the Word export and the Word import need to know about a compact's text. */
export type CompactText = {
  compactId: string;
  title: string;
  slug: string;
  municipalityId: string;
  versionNumber: number;
  stage: string;
  /** The stored tiptap JSON of the current version. */
  content: Doc;
  /** "edit" for the drafting group in an editable stage, "read" for everyone else who may see the draft. */
  access: CollabAccess;
  /** The signed-in user, as the presence list shows them. */
  user: { id: string; name: string; sector: Sector };
};

/**
 * The current version's text and what this actor may do with it. Anonymous: 401; unknown, or in
 * another municipality: 404 (nothing leaks).
 */
export async function getCompactText(actor: Actor | null, compactId: string): Promise<CompactText> {
  if (!actor) throw new UnauthenticatedError();
  const db = getDb();
  // The compact comes through the request's shared load (the compact page asks for it five times).
  const [{ compact }, user] = await Promise.all([loadCompactForActor(db, actor, compactId), db.user.findUnique({ where: { id: actor.userId }, select: { name: true } })]);
  const version = compact.versions.find((v) => v.number === compact.currentVersion);
  if (!version || !user) throw new NotFoundError();
  const access = textAccess(actor, {
    municipalityId: compact.municipalityId,
    stage: compact.stage,
    inDraftingGroup: compact.draftingGroup.some((member) => member.organisationId === actor.organisationId),
    frozen: version.frozenAt !== null,
  });
  if (!access) throw new NotFoundError();
  return {
    compactId: compact.id,
    title: compact.title,
    slug: compact.slug,
    municipalityId: compact.municipalityId,
    versionNumber: version.number,
    stage: compact.stage,
    content: version.content as Doc,
    access,
    user: { id: actor.userId, name: user.name, sector: actor.sector },
  };
}

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
