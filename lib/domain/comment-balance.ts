import type { SectorCounts } from "./comments";
import { SECTORS, type Sector } from "./roles";
import { isEditableStage, STAGES, type Stage } from "./stages";

/**
 * The balance between the sectors over the policy cycle: in which stage each comment was written
 * (derived from the compact's stage history, never stored), how many comments each sector wrote per
 * stage, and the comment facts the dialogue and diversity principle checks read. Pure: times are
 * parameters.
 */

/** One row of the stage history: the compact entered `toStage` at `at`, with `versionNumber` current. */
export type StageChangeFact = { toStage: Stage; versionNumber: number; at: Date };

const byTime = (a: StageChangeFact, b: StageChangeFact) => a.at.getTime() - b.at.getTime();

/**
 * The stage the compact was in at `at`, for something written on version `versionNumber`. Only the
 * moves of that version count (a new round starts the next version in formulation), so a comment
 * stamped a moment before the move that created its version, or after the move into the next one
 * (clocks, one transaction), still lands in a stage its version really was in. Without any history
 * the compact was in agenda, where every compact starts.
 */
export function stageAt(history: readonly StageChangeFact[], at: Date, versionNumber: number): Stage {
  const ofVersion = history.filter((change) => change.versionNumber === versionNumber).sort(byTime);
  const candidates = ofVersion.length > 0 ? ofVersion : [...history].sort(byTime);
  let stage: Stage | null = null;
  for (const change of candidates) {
    if (change.at.getTime() > at.getTime()) break;
    stage = change.toStage;
  }
  return stage ?? ofVersion[0]?.toStage ?? "agenda";
}

/** One sector alone wrote every comment counted here; null when both did, or nobody did. */
export function oneSidedSector(counts: SectorCounts): Sector | null {
  const commented = SECTORS.filter((sector) => counts[sector] > 0);
  return commented.length === 1 ? commented[0]! : null;
}

export type StageBalance = { stage: Stage; counts: SectorCounts; total: number; oneSided: Sector | null };

/** A comment as the balance counts it: when, on which version, by which sector. */
export type DatedComment = { at: Date; versionNumber: number; sector: Sector };

/**
 * Per stage of the cycle, in the cycle's order, how many comments each sector wrote (the caller
 * leaves out replies and withdrawn comments, as for the balance per section). Every stage is listed,
 * also those without comments; a stage only one sector commented on is flagged with that sector.
 */
export function balanceByStage(comments: readonly DatedComment[], history: readonly StageChangeFact[]): StageBalance[] {
  const counts = new Map<Stage, SectorCounts>(STAGES.map((stage) => [stage, { public: 0, civil: 0 }]));
  for (const comment of comments) counts.get(stageAt(history, comment.at, comment.versionNumber))![comment.sector] += 1;
  return STAGES.map((stage) => {
    const stageCounts = counts.get(stage)!;
    return { stage, counts: stageCounts, total: stageCounts.public + stageCounts.civil, oneSided: oneSidedSector(stageCounts) };
  });
}

/** A comment as the principle check reads it. */
export type CheckedComment = {
  id: string;
  parentId: string | null;
  versionNumber: number;
  at: Date;
  sector: Sector;
  organisationId: string;
  withdrawn: boolean;
  /** The drafting group recorded how it handled the comment (after a round). */
  hasOutcome: boolean;
};

/** What the dialogue and diversity checks of one version know about its comments. */
export type CommentCheckFacts = {
  /** Top-level comments by sector written while the version was drafted (agenda, formulation, reformulation). */
  bySector: SectorCounts;
  /** Distinct organisations of each sector that wrote those comments. */
  organisations: SectorCounts;
  /** Civil society's comments among them with neither a recorded outcome nor a reply from the public sector. */
  civilUnanswered: number;
};

/**
 * The comment facts of version `versionNumber`: the comments written on it while its text could still
 * change (later comments are about implementation, not the draft), who wrote them, and whether the
 * public sector answered civil society — by recording an outcome or by replying in the thread.
 */
export function commentCheckFacts(comments: readonly CheckedComment[], history: readonly StageChangeFact[], versionNumber: number): CommentCheckFacts {
  const live = comments.filter((c) => !c.withdrawn);
  const drafted = live.filter((c) => c.parentId === null && c.versionNumber === versionNumber && isEditableStage(stageAt(history, c.at, c.versionNumber)));
  const publicReplies = new Set(live.filter((c) => c.parentId !== null && c.sector === "public").map((c) => c.parentId));
  const bySector: SectorCounts = { public: 0, civil: 0 };
  const organisations = { public: new Set<string>(), civil: new Set<string>() };
  let civilUnanswered = 0;
  for (const comment of drafted) {
    bySector[comment.sector] += 1;
    organisations[comment.sector].add(comment.organisationId);
    if (comment.sector === "civil" && !comment.hasOutcome && !publicReplies.has(comment.id)) civilUnanswered += 1;
  }
  return { bySector, organisations: { public: organisations.public.size, civil: organisations.civil.size }, civilUnanswered };
}
