/**
 * The policy cycle a compact moves through (Council of Europe code of good practice for civil
 * participation), and the vocabulary used to record how civil society took part in each step.
 */

/** The six steps, in order. Reformulation leads into a new round of formulation. */
export const STAGES = ["agenda", "formulation", "decision", "implementation", "review", "reformulation"] as const;
export type Stage = (typeof STAGES)[number];

/**
 * Stages in which the drafting group may edit the text. Everywhere else the text is what was (or
 * will be) decided, so it stays frozen until the compact comes back to reformulation.
 */
export const EDITABLE_STAGES = ["agenda", "formulation", "reformulation"] as const satisfies readonly Stage[];
export type EditableStage = (typeof EDITABLE_STAGES)[number];

/** Levels of participation, lowest to highest. */
export const PARTICIPATION_LEVELS = ["information", "consultation", "dialogue", "partnership", "mobilisation"] as const;
export type ParticipationLevel = (typeof PARTICIPATION_LEVELS)[number];

/**
 * Levels an installation may switch off. Mobilisation is a Swedish addition to the code's four
 * levels, so it is shown only where the installation asks for it.
 */
export const OPTIONAL_PARTICIPATION_LEVELS = ["mobilisation"] as const satisfies readonly ParticipationLevel[];

/** The tools used to involve civil society in a step. */
export const PARTICIPATION_METHODS = [
  "hearing",
  "online_consultation",
  "working_group",
  "seminar",
  "workshop_vote",
  "written_referral",
  "other",
] as const;
export type ParticipationMethod = (typeof PARTICIPATION_METHODS)[number];

/** True for one of the six stage keys (e.g. from a route or a database column). */
export function isStage(value: unknown): value is Stage {
  return typeof value === "string" && (STAGES as readonly string[]).includes(value);
}

/** True where the drafting group may edit the text. */
export function isEditableStage(stage: Stage): stage is EditableStage {
  return (EDITABLE_STAGES as readonly Stage[]).includes(stage);
}

/** True for a known participation level key. */
export function isParticipationLevel(value: unknown): value is ParticipationLevel {
  return typeof value === "string" && (PARTICIPATION_LEVELS as readonly string[]).includes(value);
}

/** True for a level an installation may leave out (mobilisation). */
export function isOptionalParticipationLevel(level: ParticipationLevel): boolean {
  return (OPTIONAL_PARTICIPATION_LEVELS as readonly ParticipationLevel[]).includes(level);
}

/** True for a known participation method key. */
export function isParticipationMethod(value: unknown): value is ParticipationMethod {
  return typeof value === "string" && (PARTICIPATION_METHODS as readonly string[]).includes(value);
}

/** Position of a stage in the cycle, 0 for agenda. */
export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/** Position of a level, 0 for information; higher means more influence for civil society. */
export function levelIndex(level: ParticipationLevel): number {
  return PARTICIPATION_LEVELS.indexOf(level);
}

/**
 * The step before this one in the cycle, or null for agenda. Used when an official sends a compact
 * back: from formulation that is always agenda, also in later rounds, because the cycle's order is
 * what "one step back" means to the people using it.
 */
export function previousStage(stage: Stage): Stage | null {
  return STAGES[stageIndex(stage) - 1] ?? null;
}

/** The levels an installation shows: the code's four, plus mobilisation when it is switched on. */
export function participationLevels(options: { includeMobilisation: boolean }): ParticipationLevel[] {
  return PARTICIPATION_LEVELS.filter((level) => options.includeMobilisation || !isOptionalParticipationLevel(level));
}

/** When a stage was entered, and by whom, as recorded by the service that made the change. */
export type StageEntry = {
  stage: Stage;
  enteredAt: Date;
  enteredBy: string;
  version: number;
};

export type TimelineStatus = "done" | "current" | "upcoming";

export type TimelineItem = {
  stage: Stage;
  status: TimelineStatus;
  /** The latest time the stage was entered; null for upcoming stages and for stages never entered. */
  entry: StageEntry | null;
};

/**
 * The six stages for a timeline: which are behind, which is current, and when each stage that is
 * behind or current was last entered. Upcoming stages show no date even when an earlier round
 * passed through them, so the timeline always reads as "this round, so far".
 */
export function buildTimeline(current: Stage, entries: readonly StageEntry[]): TimelineItem[] {
  const currentIndex = stageIndex(current);
  return STAGES.map((stage, index) => {
    const status: TimelineStatus = index < currentIndex ? "done" : index === currentIndex ? "current" : "upcoming";
    return { stage, status, entry: status === "upcoming" ? null : latestEntry(entries, stage) };
  });
}

function latestEntry(entries: readonly StageEntry[], stage: Stage): StageEntry | null {
  let latest: StageEntry | null = null;
  for (const entry of entries) {
    if (entry.stage !== stage) continue;
    if (!latest || entry.enteredAt.getTime() >= latest.enteredAt.getTime()) latest = entry;
  }
  return latest;
}
