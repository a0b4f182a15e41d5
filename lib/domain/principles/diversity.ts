/**
 * Diversity: enough distinct civil-society organisations take part, of more than one kind, both
 * sectors and enough organisations are heard in the comments, and joining the compact is open to
 * every organisation.
 */
import { finding, type Finding, type PrincipleCheckInput, type PrincipleCheckOptions } from "./rules";
import { findHits, locationOf, sequence, type AnalysedText, type Clause } from "./text";

const ORGANISATION = String.raw`(?:\b\w*förening\w*|\b\w*organisation\w*|\baktör\w*|\borgani[sz]ations?\b|\bassociations?\b|\bgroups?\b|\bmembers?\b)`;
const JOIN = String.raw`(?:\banslut\w*|\bunderteckna\w*|\bgå(?:r)?\s+med\b|\bskriv(?:a|er)\s+under\b|\bjoin(?:s|ed|ing)?\b|\bsign(?:s|ed|ing)?\b)`;
const ANY = String.raw`(?:\balla\b|\bsamtliga\b|\bvarje\b|\ben\b|\ball\b|\bany\b|\bevery\b)`;
const ONLY = String.raw`(?<!(?:inte|not)\s)(?:\bendast\b|\bbara\b|\benbart\b|\bonly\b)`;

/** Joining open to all: "alla föreningar kan ansluta sig", "any organisation may join". */
const OPEN_JOINING: Clause[] = [
  sequence([String.raw`${ANY}\s+(?:\w+\s+){0,3}?${ORGANISATION}`, JOIN], { gap: 80 }),
  sequence([String.raw`\banslutning\w*`, String.raw`\böppen\s+för\s+alla\b`], { gap: 80 }),
  sequence([String.raw`\b(?:joining|membership)\b`, String.raw`\bopen\s+to\s+(?:all|any|every)\b`], { gap: 80 }),
];

/** Joining limited to some: "endast föreningar som … kan ansluta", "only member associations may join". */
const RESTRICTED_JOINING: Clause[] = [
  sequence([String.raw`${ONLY}\s+(?:\w+\s+){0,4}?${ORGANISATION}`, JOIN], { gap: 80 }),
  sequence([JOIN, String.raw`${ONLY}\s+(?:\w+\s+){0,4}?${ORGANISATION}`], { gap: 80 }),
];

function participantFindings(input: PrincipleCheckInput, options: PrincipleCheckOptions): Finding[] {
  const civil = new Map(input.organisations.filter((o) => o.sector === "civil").map((o) => [o.id, o.kind]));
  const findings: Finding[] = [];
  if (civil.size < options.minCivilOrganisations) findings.push(finding("diversity.fewOrganisations", { count: civil.size, min: options.minCivilOrganisations }));
  const kinds = new Set(civil.values());
  if (civil.size >= 2 && kinds.size === 1) findings.push(finding("diversity.oneKind", { kind: [...kinds][0]! }));
  return findings;
}

/** Only when the comment balance is known: too few civil-society organisations, or one sector only, commented. */
function commenterFindings(input: PrincipleCheckInput, options: PrincipleCheckOptions): Finding[] {
  const organisations = input.commentBalance?.organisations;
  if (!organisations) return [];
  const heard = organisations.civil >= options.minCivilOrganisations && organisations.public > 0;
  return heard ? [] : [finding("diversity.fewCommentingOrganisations", { civil: organisations.civil, public: organisations.public, min: options.minCivilOrganisations })];
}

function joiningFindings(text: AnalysedText): Finding[] {
  const restricted = findHits(text, RESTRICTED_JOINING);
  if (restricted.length > 0) return restricted.map((hit) => finding("diversity.joiningRestricted", {}, locationOf(hit.sentence)));
  return findHits(text, OPEN_JOINING).length > 0 ? [] : [finding("diversity.noOpenJoining")];
}

/** Findings on diversity: who takes part, and who may join. */
export function checkDiversity(text: AnalysedText, input: PrincipleCheckInput, options: PrincipleCheckOptions): Finding[] {
  return [...participantFindings(input, options), ...commenterFindings(input, options), ...joiningFindings(text)];
}
