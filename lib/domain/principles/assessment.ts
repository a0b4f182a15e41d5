/**
 * Both sectors' own assessment of the principles: a score from 1 to 5 with a justification, per
 * sector, principle and version. Where the two sectors are two or more steps apart they disagree.
 */
import type { Sector } from "../roles";
import { PRINCIPLES, type Principle } from "./rules";

export const MIN_SCORE = 1;
export const MAX_SCORE = 5;
/** Two steps apart on a five-step scale is a real difference of view, not rounding. */
export const DISAGREEMENT_GAP = 2;

export type Assessment = { principle: Principle; sector: Sector; score: number; justification: string };

export type PrincipleComparison<A extends Assessment = Assessment> = {
  principle: Principle;
  public: A | null;
  civil: A | null;
  /** How far apart the two scores are; null until both sectors have scored. */
  gap: number | null;
  disagree: boolean;
};

/** True when both sectors scored the principle and are at least DISAGREEMENT_GAP apart. */
export function isDisagreement(publicScore: number | null | undefined, civilScore: number | null | undefined): boolean {
  if (publicScore == null || civilScore == null) return false;
  return Math.abs(publicScore - civilScore) >= DISAGREEMENT_GAP;
}

/** One row per principle, in order, with each sector's assessment (the latest if there are several). */
export function compareAssessments<A extends Assessment>(assessments: readonly A[]): PrincipleComparison<A>[] {
  return PRINCIPLES.map((principle) => {
    const of = (sector: Sector) => assessments.findLast((a) => a.principle === principle && a.sector === sector) ?? null;
    const [pub, civ] = [of("public"), of("civil")];
    const gap = pub && civ ? Math.abs(pub.score - civ.score) : null;
    return { principle, public: pub, civil: civ, gap, disagree: isDisagreement(pub?.score, civ?.score) };
  });
}

export type ChartRow = {
  principle: Principle;
  publicCurrent: number | null;
  civilCurrent: number | null;
  publicPrevious: number | null;
  civilPrevious: number | null;
};

/** The chart's data: both sectors' scores for this version and the one before, per principle. */
export function chartRows(current: readonly Assessment[], previous: readonly Assessment[]): ChartRow[] {
  const now = compareAssessments(current);
  const before = compareAssessments(previous);
  return now.map((row, i) => ({
    principle: row.principle,
    publicCurrent: row.public?.score ?? null,
    civilCurrent: row.civil?.score ?? null,
    publicPrevious: before[i]!.public?.score ?? null,
    civilPrevious: before[i]!.civil?.score ?? null,
  }));
}
