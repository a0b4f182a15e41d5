/**
 * Quality: the compact makes commitments, each has someone who carries it out, and the text says how
 * the commitments are followed up.
 */
import { finding, type Finding } from "./rules";
import { findHits, isNegated, locationOf, rx, sequence, type AnalysedText, type Clause, type Sentence } from "./text";
import { COMPACT, FOLLOWED, FOLLOW_UP, PARTY } from "./vocabulary";

const MODAL = rx(String.raw`\b(?:ska|skall|kommer att|åtar sig|förbinder sig|lovar att|will|shall|commits? to|undertakes? to|pledges? to)\b`);
const ADVERB = String.raw`(?:också|även|alltid|gemensamt|årligen|löpande|snarast|särskilt|vidare|därför|dessutom|regelbundet|fortsatt|also|always|jointly|annually|regularly|further|continuously)`;
// Verbs in -s that are not passive ("det ska finnas", "vi ska träffas", "vi ska ses"), but "ses över" is.
const DEPONENT = String.raw`(?:(?:finnas|lyckas|trivas|synas|märkas|hoppas|minnas|kännas|vistas|andas|låtas|träffas|mötas)\b|ses(?!\s+över\b)\b)`;
const EN_NOT_PASSIVE = String.raw`(?:open|even|often|independent|present|sufficient|different|frequent|evident|relevant|transparent|consistent|competent|efficient|urgent|silent|proud|kind|good|glad)`;
// "Under 2027 ska en handlingsplan tas fram": after a fronted phrase the subject follows the modal.
const INVERTED_SUBJECT = String.raw`(?:(?:en|ett|den|det|de|dessa|denna|detta|alla|nya)\s+(?:\w+\s+){1,2}?)`;
/** A commitment in the passive voice, which names nobody who carries it out. */
const PASSIVE = rx(
  String.raw`\b(?:ska|skall|kommer att)\s+(?:${ADVERB}\s+)?${INVERTED_SUBJECT}?(?!${DEPONENT})\w{2,}s\b|\b(?:will|shall|must|is to|are to)\s+(?:${ADVERB}\s+)?be\s+(?!${EN_NOT_PASSIVE}\b)\w+(?:ed|en|wn|ne|ld|lt|de|pt|ght|nt)\b`,
);
const AGENT = rx(String.raw`\b(?:av|by)\s+(?:\w+-?\s+){0,3}?${PARTY}`);
const PARTY_RX = rx(PARTY);
const COMPACT_RX = rx(COMPACT);
const COMMITMENTS_HEADING = rx(String.raw`\båtagande\w*|\båtar sig\b|\bcommit\w*|\bundertak\w*`);

const FOLLOW_UP_CLAUSES: Clause[] = [sequence([FOLLOW_UP, FOLLOWED]), sequence([FOLLOWED, FOLLOW_UP])];

const test = (pattern: RegExp, text: string) => {
  pattern.lastIndex = 0;
  return pattern.test(text);
};

/** The compact's own provisions ("Överenskommelsen ska ses över …") are not commitments of a party. */
function isAboutTheCompact(sentence: Sentence, modalAt: number): boolean {
  COMPACT_RX.lastIndex = 0;
  const compact = COMPACT_RX.exec(sentence.norm);
  return compact !== null && compact.index < modalAt;
}

function isCommitment(sentence: Sentence): boolean {
  if (sentence.kind === "heading") return false;
  if (sentence.kind === "listItem" && test(COMMITMENTS_HEADING, sentence.context)) return true;
  MODAL.lastIndex = 0;
  const modal = MODAL.exec(sentence.norm);
  if (!modal || isAboutTheCompact(sentence, modal.index)) return false;
  // "Kommunen åtar sig inget", "will not commit": a refusal is not a commitment.
  return !isNegated(sentence.norm, modal.index, modal.index + modal[0].length);
}

/** A passive commitment with no agent ("av kommunen"), under no heading or lead naming a party. */
function isWithoutOwner(sentence: Sentence): boolean {
  if (sentence.kind === "heading") return false;
  PASSIVE.lastIndex = 0;
  const passive = PASSIVE.exec(sentence.norm);
  if (!passive || isAboutTheCompact(sentence, passive.index)) return false;
  if (isNegated(sentence.norm, passive.index, passive.index + passive[0].length)) return false;
  return !test(AGENT, sentence.norm) && !test(PARTY_RX, sentence.context);
}

/** Findings on quality: commitments, their owners, and their follow-up. */
export function checkQuality(text: AnalysedText): Finding[] {
  const findings = text.sentences.filter(isWithoutOwner).map((s) => finding("quality.commitmentWithoutOwner", {}, locationOf(s)));
  if (!text.sentences.some(isCommitment)) findings.push(finding("quality.noCommitments"));
  if (findHits(text, FOLLOW_UP_CLAUSES).length === 0) findings.push(finding("quality.noFollowUp"));
  return findings;
}
