/**
 * The rule-of-thumb estimate of volunteer hours in a municipality (DOMAIN.md "Volunteer hours"):
 * residents aged 16–84 × the share who volunteer × hours a week × weeks a year.
 */

/** Share of residents 16–84 who volunteer, from the Swedish population survey of 2009. */
export const DEFAULT_SHARE_VOLUNTEERING = 0.48;
/** The 2019 survey's figure (volunteered in the last 12 months), shown as an alternative. */
export const SHARE_VOLUNTEERING_2019 = 0.51;
/** Average hours a week among those who volunteer, from the 2009 survey. */
export const DEFAULT_HOURS_PER_WEEK = 4;
export const DEFAULT_WEEKS_PER_YEAR = 52;

/**
 * Hours in one full-time job a year: 40 h × 52 weeks = 2,080, less 25 days' holiday and about 11
 * public holidays (≈ 1,790), less ordinary absence, rounded to the 1,700 hours Swedish estimates of
 * volunteer work commonly use. With it the national figures (about 7.9 million residents 16–84) give
 * about 460,000 full-time jobs: the same range as the "about 400,000" usually quoted for Sweden.
 */
export const FULL_TIME_HOURS_PER_YEAR = 1700;

export type VolunteerInputs = {
  /** Residents aged 16–84. */
  residents: number;
  /** 0–1. */
  shareVolunteering: number;
  hoursPerWeek: number;
  weeksPerYear: number;
};

export type VolunteerEstimateResult = {
  /** Residents who volunteer. */
  volunteers: number;
  hoursPerYear: number;
  /** hoursPerYear ÷ FULL_TIME_HOURS_PER_YEAR. */
  fullTimeEquivalents: number;
};

export const DEFAULT_VOLUNTEER_INPUTS: Omit<VolunteerInputs, "residents"> = {
  shareVolunteering: DEFAULT_SHARE_VOLUNTEERING,
  hoursPerWeek: DEFAULT_HOURS_PER_WEEK,
  weeksPerYear: DEFAULT_WEEKS_PER_YEAR,
};

/**
 * Volunteer hours a year and the full-time jobs they equal. Unrounded: the page rounds for display,
 * so a snapshot and the page agree. Negative or non-finite inputs count as zero.
 */
export function estimateVolunteerHours(inputs: VolunteerInputs): VolunteerEstimateResult {
  const safe = (n: number) => (Number.isFinite(n) && n > 0 ? n : 0);
  const volunteers = safe(inputs.residents) * safe(inputs.shareVolunteering);
  const hoursPerYear = volunteers * safe(inputs.hoursPerWeek) * safe(inputs.weeksPerYear);
  return { volunteers, hoursPerYear, fullTimeEquivalents: hoursPerYear / FULL_TIME_HOURS_PER_YEAR };
}
