/**
 * Long-term perspective: the compact says how long it is valid (at least three years by default),
 * and when and how often it is reviewed. A compact that never says when it is reviewed blocks.
 */
import { finding, type Finding, type PrincipleCheckOptions } from "./rules";
import { findHits, locationOf, sequence, type AnalysedText, type Clause } from "./text";
import { COMPACT, CYCLE, DATE, NUM, REVIEW, YEAR, numberValue } from "./vocabulary";

const REVIEW_IN_CYCLE: Clause[] = [sequence([REVIEW, CYCLE]), sequence([CYCLE, REVIEW])];
const REVIEW_ON_DATE: Clause[] = [sequence([REVIEW, DATE]), sequence([DATE, REVIEW])];

const VALID = String.raw`(?:\bgäll(?:er|a)\b|\bgiltig\w*|\blöper\b|\b\w*period\w*|\bsträcker sig\b|\bträder i kraft\b|\bvalid\w*|\bin force\b|\bruns?\b|\bcovers?\b|\blasts?\b|\bterm\b)`;
const RANGE = String.raw`\b(${YEAR})(?:\s*[-/]\s*|\s+(?:till och med|t\.?\s?o\.?\s?m\.?|till|to|through|until)\s+(?:[\p{L}\p{N}.]+\s+){0,3}?)(${YEAR})\b`;
// "ses över efter två år" is a review date, not a period of validity.
const DURATION = String.raw`(?<!(?:efter|inom|om|after|within|in)\s)\b(${NUM})\s+(?:år|years?)\b`;
const COMPOUND = String.raw`\b(${NUM})-?(?:årig\w*|years?\b)`;
const INDEFINITE = String.raw`(?:\btills? vidare\b|\btillsvidare\b|\butan (?:slutdatum|tidsgräns)\b|\buntil further notice\b|\bindefinite\w*|\bopen-ended\b|\bno end date\b)`;

/** Phrasings of a period of validity; the captured numbers give its length. */
const VALIDITY: Clause[] = [
  sequence([VALID, RANGE]),
  sequence([RANGE, VALID]),
  sequence([VALID, DURATION]),
  sequence([COMPOUND, `(?:${VALID}|${COMPACT})`]),
  sequence([COMPACT, COMPOUND]),
];
// "utan slutdatum" / "no end date" affirm an open-ended compact, so negation does not apply.
const OPEN_ENDED: Clause[] = [sequence([`(?:${VALID}|${COMPACT})`, INDEFINITE], { negatable: false })];

/** The length in years a validity phrase states: a year range counts both ends (2027–2030 is four). */
export function validityYears(match: RegExpExecArray): number | null {
  const years = match.slice(1).filter((group): group is string => group !== undefined);
  if (years.length >= 2 && /^20\d\d$/.test(years[0]!) && /^20\d\d$/.test(years[1]!)) return Number(years[1]) - Number(years[0]) + 1;
  const number = years[0] !== undefined ? numberValue(years[0]) : null;
  return number && number > 0 ? number : null;
}

function reviewFindings(text: AnalysedText): Finding[] {
  if (findHits(text, REVIEW_IN_CYCLE).length > 0) return [];
  const dated = findHits(text, REVIEW_ON_DATE);
  if (dated.length > 0) return [finding("longterm.noRevisionCycle", {}, locationOf(dated[0]!.sentence))];
  return [finding("longterm.noReview")];
}

function validityFindings(text: AnalysedText, options: PrincipleCheckOptions): Finding[] {
  if (findHits(text, OPEN_ENDED).length > 0) return [];
  const stated = findHits(text, VALIDITY)
    .map((hit) => ({ hit, years: validityYears(hit.match) }))
    .filter((s): s is { hit: typeof s.hit; years: number } => s.years !== null);
  if (stated.length === 0) return [finding("longterm.noValidity", { min: options.minValidityYears })];
  const short = stated.find((s) => s.years < options.minValidityYears);
  return short ? [finding("longterm.shortValidity", { years: short.years, min: options.minValidityYears }, locationOf(short.hit.sentence))] : [];
}

/** Findings on the long-term perspective: review and revision, and the period of validity. */
export function checkLongterm(text: AnalysedText, options: PrincipleCheckOptions): Finding[] {
  return [...reviewFindings(text), ...validityFindings(text, options)];
}
