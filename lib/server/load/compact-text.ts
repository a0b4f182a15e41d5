import { UnauthenticatedError, NotFoundError } from "@/lib/domain/errors";
import type { Doc } from "@/lib/domain/document";
import type { Actor, Sector } from "@/lib/domain/roles";
import { textAccess } from "@/lib/collab/access";
import type { CollabAccess } from "@/lib/collab/protocol";
import { getDb } from "@/lib/server/db";
import { loadCompactForActor } from "./compact";

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
