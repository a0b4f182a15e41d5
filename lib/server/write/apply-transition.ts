import { AppError, ConflictError, ForbiddenError } from "@/lib/domain/errors";
import { fingerprintDocument } from "@/lib/domain/fingerprint";
import type { DomainEvent, TransitionResult } from "@/lib/domain/lifecycle";
import type { Stage } from "@/lib/domain/stages";
import { recordAudit } from "../audit";
import type { Tx } from "../db";
import type { CompactVersion } from "../generated/sqlite/client";
import { toJsonValue } from "../json";
import { claimCompactRevision } from "./claim";

/** A transition evaluateTransition allowed, with the events that make it. */
export type AllowedTransition = Extract<TransitionResult, { ok: true }>;

type VersionRow = Pick<CompactVersion, "id" | "number" | "content">;

/**
 * The compact as it was loaded for the move. Its revision is the one evaluateTransition checked the
 * page's against, so claiming it refuses the move once anybody else has moved the compact since.
 */
export type TransitionSubject = {
  id: string;
  municipalityId: string;
  revision: number;
  currentVersion: number;
  versions: readonly VersionRow[];
};

export type AppliedTransition = { stage: Stage; version: number; fingerprint: string; stageChangeId: string };

/**
 * The refusal of a transition as the error the use case ends in: forbidden (with `action` named),
 * conflict ("the compact has changed, reload") or invalid with every unmet condition. Returns the
 * transition when it is allowed.
 */
export function allowedOrThrow(result: TransitionResult, action: string): AllowedTransition {
  if (result.ok) return result;
  if (result.status === "forbidden") throw new ForbiddenError(action, result.reasons);
  if (result.status === "conflict") throw new ConflictError("errors.conflict", result.reasons);
  throw new AppError("invalid", "errors.lifecycle.refused", {}, {}, result.reasons);
}

/**
 * Writes a transition from the events evaluateTransition returned, every one of them, in the
 * caller's transaction: the only code that moves a compact from one stage to another, whoever moves
 * it (an official with the stage buttons, a politician by rejecting). The stage change claims the
 * compact's revision first (ConflictError when it is stale), then records the stage history row with
 * the snapshot of the text and its fingerprint, and the audit event. Consequences that belong to a
 * feature (the principle check frozen on the way to decision, the review's proposals carried into
 * reformulation) stay with the use case that calls this.
 */
export async function applyTransition(tx: Tx, compact: TransitionSubject, transition: AllowedTransition): Promise<AppliedTransition> {
  let snapshot: Snapshot | null = null;
  let applied: AppliedTransition | null = null;
  for (const event of transition.events) {
    switch (event.type) {
      case "compact.snapshotFrozen":
        snapshot = snapshotOf(compact, event.version);
        break;
      case "compact.stageChanged":
        if (!snapshot) throw new Error("a stage change is recorded with the snapshot frozen before it");
        applied = await recordStageChange(tx, compact, event, snapshot);
        break;
      case "compact.versionStarted":
        await startVersion(tx, compact, event);
        break;
      case "compact.readinessReset":
        await tx.readinessMark.deleteMany({ where: { compactId: compact.id, versionNumber: event.version } });
        break;
      default:
        throw new Error(`no way to apply ${JSON.stringify(event satisfies never)}`);
    }
  }
  if (!applied) throw new Error("a transition without a stage change");
  return applied;
}

type Snapshot = { version: VersionRow; fingerprint: string };

function versionOf(compact: TransitionSubject, number: number): VersionRow {
  const version = compact.versions.find((v) => v.number === number);
  if (!version) throw new Error(`compact ${compact.id} has no version ${number}`);
  return version;
}

function snapshotOf(compact: TransitionSubject, number: number): Snapshot {
  const version = versionOf(compact, number);
  return { version, fingerprint: fingerprintDocument(version.content) };
}

type StageChanged = Extract<DomainEvent, { type: "compact.stageChanged" }>;

async function recordStageChange(tx: Tx, compact: TransitionSubject, event: StageChanged, snapshot: Snapshot): Promise<AppliedTransition> {
  await claimCompactRevision(tx, compact.id, compact.revision, { stage: event.to, currentVersion: event.version });
  const row = await tx.stageChange.create({
    data: {
      compactId: compact.id,
      versionNumber: event.version,
      fromStage: event.from,
      toStage: event.to,
      kind: event.kind,
      reason: event.reason,
      content: toJsonValue(snapshot.version.content ?? {}),
      fingerprint: snapshot.fingerprint,
      actorId: event.actorId,
    },
  });
  await recordAudit(tx, {
    actorId: event.actorId,
    action: "compact.stageChanged",
    entityType: "compact",
    entityId: compact.id,
    compactId: compact.id,
    municipalityId: compact.municipalityId,
    before: { stage: event.from, version: compact.currentVersion, revision: compact.revision },
    after: { stage: event.to, version: event.version, kind: event.kind, reason: event.reason, fingerprint: snapshot.fingerprint },
  });
  return { stage: event.to, version: event.version, fingerprint: snapshot.fingerprint, stageChangeId: row.id };
}

type VersionStarted = Extract<DomainEvent, { type: "compact.versionStarted" }>;

/** Freezes the finished version (read-only from now on) and opens the next with the same text. */
async function startVersion(tx: Tx, compact: TransitionSubject, event: VersionStarted): Promise<void> {
  const previous = versionOf(compact, event.previousVersion);
  // The co-editing state is not part of a loaded compact: it is read only here, where it is carried over.
  const { yState } = await tx.compactVersion.update({
    where: { id: previous.id },
    data: { frozenAt: new Date(), fingerprint: fingerprintDocument(previous.content) },
    select: { yState: true },
  });
  await tx.compactVersion.create({
    data: {
      compactId: compact.id,
      number: event.version,
      content: toJsonValue(previous.content ?? {}),
      ...(yState ? { yState } : {}),
    },
  });
}
