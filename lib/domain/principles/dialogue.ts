/**
 * Dialogue: a recurring forum where the sectors meet (with how often it meets), both sectors taking
 * part in the drafting, civil society's comments answered, and participation in formulation at the
 * dialogue level or higher.
 */
import { SECTORS } from "../roles";
import { levelIndex, type ParticipationLevel } from "../stages";
import { finding, type Finding, type PrincipleCheckInput } from "./rules";
import { findHits, sequence, type AnalysedText, type Clause } from "./text";
import { FORUM, FREQUENCY } from "./vocabulary";

/** A forum together with how often it meets, in either order. */
const FORUM_WITH_FREQUENCY: Clause[] = [sequence([FORUM, FREQUENCY]), sequence([FREQUENCY, FORUM])];

function forumFindings(text: AnalysedText): Finding[] {
  return findHits(text, FORUM_WITH_FREQUENCY).length > 0 ? [] : [finding("dialogue.noForum")];
}

/** Only when comments are known: exactly one sector commented during formulation. */
function commentFindings(comments: PrincipleCheckInput["formulationComments"]): Finding[] {
  if (!comments) return [];
  const commented = SECTORS.filter((sector) => comments[sector] > 0);
  return commented.length === 1 ? [finding("dialogue.oneSectorCommented", { sector: commented[0]! })] : [];
}

/** Only when the comment balance is known: civil society spoke and the public sector did not answer. */
function answerFindings(balance: PrincipleCheckInput["commentBalance"]): Finding[] {
  return balance && balance.civilUnanswered > 0 ? [finding("dialogue.civilCommentsUnanswered", { count: balance.civilUnanswered })] : [];
}

function participationFindings(participation: PrincipleCheckInput["participation"]): Finding[] {
  const levels = participation.filter((entry) => entry.stage === "formulation").map((entry) => entry.level);
  if (levels.length === 0) return [finding("dialogue.noParticipationRecorded")];
  const highest = levels.reduce<ParticipationLevel>((best, level) => (levelIndex(level) > levelIndex(best) ? level : best), levels[0]!);
  return levelIndex(highest) < levelIndex("dialogue") ? [finding("dialogue.participationBelowDialogue", { level: highest })] : [];
}

/** Findings on dialogue: the forum in the text, and how the drafting itself was done. */
export function checkDialogue(text: AnalysedText, input: PrincipleCheckInput): Finding[] {
  return [
    ...forumFindings(text),
    ...commentFindings(input.formulationComments),
    ...answerFindings(input.commentBalance),
    ...participationFindings(input.participation),
  ];
}
