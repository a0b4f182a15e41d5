/**
 * The follow-up rhythms of a compact (action-plan period, commitment review, principle review, annual
 * follow-up meeting) and what is due or overdue at a given moment. `now` is always a parameter.
 */
import { addMonths } from "./follow-up";

export const RHYTHM_KINDS = ["actionPlan", "commitmentReview", "principleReview", "annualMeeting"] as const;
export type RhythmKind = (typeof RHYTHM_KINDS)[number];

export type Rhythm = {
  /** Length of an action-plan period (many local compacts: 2 years). */
  actionPlanMonths: number;
  /** Commitments are reviewed every 3 years nationally. */
  commitmentReviewMonths: number;
  /** Principles are reviewed every 5 years nationally. */
  principleReviewMonths: number;
  /** The follow-up meeting of both sectors, once a year. */
  meetingMonths: number;
  /** No update for longer than this and a commitment is stale. */
  staleAfterMonths: number;
};

export const DEFAULT_RHYTHM: Rhythm = {
  actionPlanMonths: 24,
  commitmentReviewMonths: 36,
  principleReviewMonths: 60,
  meetingMonths: 12,
  staleAfterMonths: 6,
};

const PERIOD: Record<RhythmKind, keyof Rhythm> = {
  actionPlan: "actionPlanMonths",
  commitmentReview: "commitmentReviewMonths",
  principleReview: "principleReviewMonths",
  annualMeeting: "meetingMonths",
};

export type DueState = "upcoming" | "due" | "overdue";
export type ScheduleItem = { kind: RhythmKind; dueAt: Date; state: DueState; lastDoneAt: Date | null };

/** Whether a date is past (overdue), within the lead time (due), or further away (upcoming). */
export function dueState(dueAt: Date, now: Date, leadDays = 30): DueState {
  const diff = dueAt.getTime() - now.getTime();
  if (diff < 0) return "overdue";
  return diff <= leadDays * 86_400_000 ? "due" : "upcoming";
}

/**
 * What the rhythms ask for next. Each is due one period after it was last done, or after the
 * compact came into force (`anchor`) when it never was. A new action plan is due when the latest
 * plan's period ends. Sorted by due date.
 */
export function followUpSchedule(input: {
  anchor: Date;
  rhythm: Rhythm;
  now: Date;
  lastDone?: Partial<Record<RhythmKind, Date | null>>;
  /** End of the newest action plan's period, if there is one. */
  actionPlanEndsAt?: Date | null;
  leadDays?: number;
}): ScheduleItem[] {
  return RHYTHM_KINDS.map((kind) => {
    const lastDoneAt = input.lastDone?.[kind] ?? null;
    const dueAt =
      kind === "actionPlan" && input.actionPlanEndsAt
        ? input.actionPlanEndsAt
        : addMonths(lastDoneAt ?? input.anchor, input.rhythm[PERIOD[kind]]);
    return { kind, dueAt, state: dueState(dueAt, input.now, input.leadDays), lastDoneAt };
  }).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/** True when a period's end lies after its start (a period of one day is allowed). */
export function isPeriodInOrder(start: Date, end: Date): boolean {
  return end.getTime() >= start.getTime();
}
