import { z } from "zod";
import { NotFoundError, UnauthenticatedError } from "@/lib/domain/errors";
import { type AgendaStatement, type CompactState } from "@/lib/domain/lifecycle";
import { can } from "@/lib/domain/permissions";
import { isSector, type Actor, type Sector } from "@/lib/domain/roles";
import { isStage } from "@/lib/domain/stages";
import { fingerprintDocument } from "@/lib/domain/fingerprint";
import { getDb, type Db, type Tx } from "@/lib/server/db";
import { loadOnce } from "./request-scope";
import { loadCheckedComments, PRINCIPLE_CHECK_INCLUDE, standingBlockingFindings } from "@/lib/server/load/principle-facts";

const storedAgendaSchema = z.object({
  why: z.string().default(""),
  issues: z.array(z.string()).default([]),
  invited: z.array(z.string()).default([]),
});

/** The stored agenda statement, or null when there is none (or it cannot be read). */
export function readAgenda(value: unknown): AgendaStatement | null {
  const parsed = storedAgendaSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const include = {
  // Every version's text (the check and the comparison read older ones), never the co-editing state.
  versions: { omit: { yState: true } },
  draftingGroup: { include: { organisation: true } },
  readiness: true,
  summaries: true,
  decisions: { orderBy: { createdAt: "desc" } },
  ...PRINCIPLE_CHECK_INCLUDE,
} as const;

export type LoadedCompact = NonNullable<Awaited<ReturnType<typeof findCompact>>>;

async function findCompact(db: Db | Tx, compactId: string) {
  const compact = await db.compact.findUnique({ where: { id: compactId }, include });
  // The principle check reads the comment balance too (comments hold no relation to the compact).
  return compact && { ...compact, checkedComments: await loadCheckedComments(db, compactId) };
}

/**
 * Loads a compact the actor may see, with the facts the lifecycle rules need. Anonymous visitors
 * are told to sign in; a compact of another municipality is "not found", so nothing leaks.
 */
export async function loadCompactForActor(db: Db | Tx, actor: Actor | null, compactId: string) {
  if (!actor) throw new UnauthenticatedError();
  // Read through the shared client, a request loads the compact once (its page has five parts that
  // each need it); inside a transaction, a use case always reads afresh.
  const compact = db === getDb() ? await loadOnce(`compact:${compactId}`, () => findCompact(db, compactId)) : await findCompact(db, compactId);
  if (!compact || !can(actor, "compact.viewDraft", { municipalityId: compact.municipalityId })) throw new NotFoundError();
  return { compact, state: compactState(compact, actor), target: permissionTarget(compact, actor) };
}

export function currentVersionOf(compact: LoadedCompact) {
  const version = compact.versions.find((v) => v.number === compact.currentVersion);
  if (!version) throw new Error(`compact ${compact.id} has no version ${compact.currentVersion}`);
  return version;
}

/** The facts permission rules need about this compact and actor. */
export function permissionTarget(compact: LoadedCompact, actor: Actor) {
  return {
    municipalityId: compact.municipalityId,
    stage: compact.stage,
    inDraftingGroup: compact.draftingGroup.some((member) => member.organisationId === actor.organisationId),
  };
}

/** The lifecycle facts of a loaded compact, as seen by one actor. */
export function compactState(compact: LoadedCompact, actor: Actor): CompactState {
  if (!isStage(compact.stage)) throw new Error(`compact ${compact.id} has an unknown stage ${compact.stage}`);
  const version = currentVersionOf(compact);
  const marks = compact.readiness.filter((mark) => mark.versionNumber === compact.currentVersion);
  const fingerprint = fingerprintDocument(version.content);
  const decision = compact.decisions.find((d) => d.versionNumber === compact.currentVersion);
  const summary = compact.summaries.find((s) => s.versionNumber === compact.currentVersion && s.stage === compact.stage);
  return {
    stage: compact.stage,
    revision: compact.revision,
    currentVersion: compact.currentVersion,
    agenda: readAgenda(compact.agenda),
    draftingGroupSectors: compact.draftingGroup.map((m) => m.organisation.sector).filter(isSector) as Sector[],
    actorInDraftingGroup: compact.draftingGroup.some((m) => m.organisationId === actor.organisationId),
    readiness: { public: marks.some((m) => m.sector === "public"), civil: marks.some((m) => m.sector === "civil") },
    // The six-principles check: blocking findings stand unless both sectors overrode them.
    blockingFindings: standingBlockingFindings(compact),
    decisionApproved: decision?.outcome === "approved" && decision.fingerprint === fingerprint,
    reviewSummary: summary?.text ?? null,
  };
}
