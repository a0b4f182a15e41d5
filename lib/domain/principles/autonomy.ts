/**
 * Autonomy and independence: organisations keep their independence and may criticise the
 * municipality, and money never depends on agreeing with it. Grants conditional on agreement block.
 */
import { finding, type Finding } from "./rules";
import { findHits, locationOf, loose, rx, sequence, type AnalysedText, type Clause } from "./text";
import { FUNDS } from "./vocabulary";

const GAP = "[^;]{0,80}?";
const WORDS = (n: number) => String.raw`(?:\w+\s+){0,${n}}?`;

const CIVIL = String.raw`(?:\bförening\w*|\b\w*organisation\w*|\bcivilsamhälle\w*|\bidéburn\w*|\bsektorn\b|\bparterna\b|\bvi\b|\borgani[sz]ations?\b|\bassociations?\b|\bcivil society\b|\bthe sector\b|\bparties\b|\bwe\b)`;
const INDEPENDENT = String.raw`(?:\bsjälvständig\w*|\boberoende\w*|\bindependen\w*|\bautonom\w*)`;
const KEEP = String.raw`(?:\bär\b|\bförblir\b|\bska vara\b|\bskall vara\b|\bbehåller\b|\bbevarar\b|\bhar kvar\b|\bfortsätter att vara\b|\bare\b|\bremain\w*|\bstay\w*|\b(?:shall|will) (?:be|remain)\b|\bkeep\w*|\bretain\w*|\bmaintain\w*)`;
const RESPECT = String.raw`(?:\brespekter\w*|\bvärna\w*|\bvärdesätt\w*|\berkänn\w*|\bgaranter\w*|\bsäkerställ\w*|\bskydda\w*|\brespect\w*|\bsafeguard\w*|\bprotect\w*|\bguarantee\w*|\brecogni[sz]\w*|\buphold\w*|\bvalue\w*)`;
const CRITICISE = String.raw`(?:\bkritiser\w*|\bifrågasätt\w*|\bdriva opinion\b|\bframföra kritik\b|\bvara kritisk\w*|\bgranska\w*\s+kommun\w*|\bcritici[sz]\w*|\bspeak out\b|\bscrutini[sz]\w*\s+the municipality\b)`;
const CRITICISM = String.raw`(?:\bkritik\w*|\bkritiser\w*|\bcriticism\w*|\bcritici[sz]\w*)`;
const HARM = String.raw`(?:\bpåverka\w*|\bleda till\b|\binnebära\b|\bdrabba\w*|\bförlora\w*|\bmista\w*|\baffect\w*|\blead to\b|\bresult in\b|\bjeopardi[sz]\w*|\blos[ei]\w*|\bcost\w*)`;

/** Independence stated as a property the parties keep or respect. */
const INDEPENDENCE: Clause[] = [
  sequence([CIVIL, String.raw`${KEEP}\s+${WORDS(2)}${INDEPENDENT}`], { gap: 80 }),
  sequence([RESPECT, INDEPENDENT], { gap: 80 }),
  sequence([INDEPENDENT, String.raw`(?:\b(?:ska|skall)\s+)?(?:\brespekteras|\bvärnas|\bgaranteras|\bsäkerställs|\bskyddas|\b(?:is|shall be|will be) (?:respected|safeguarded|protected|guaranteed))\b`], { gap: 80 }),
];

const MAY = String.raw`(?:\bfår\b|\bkan\b|\bska kunna\b|\bär fria att\b|\bstår fria att\b|\bmay\b|\bcan\b|\bare free to\b|\bis free to\b)`;
const NOT = String.raw`\b(?:inte|aldrig|ej|ingen|inga|not|never|no)\b`;

/** The right to criticise, including "criticism never costs a grant", which affirms by negating. */
const RIGHT_TO_CRITICISE: Clause[] = [
  sequence([String.raw`\b(?:rätt(?:en|igheten)?\s+att|right\s+to)\s+${WORDS(2)}${CRITICISE}`]),
  sequence([CIVIL, String.raw`${MAY}\s+${WORDS(2)}${CRITICISE}`], { gap: 80 }),
  sequence([CRITICISM, String.raw`${NOT}\s+${WORDS(2)}${HARM}`], { gap: 80, negatable: false }),
  sequence([NOT, HARM, CRITICISM], { gap: 80, negatable: false }),
];

const CONDITION = String.raw`(?:\bendast\b|\bbara\b|\benbart\b|\bförutsätt\w*|\bvillkor\w*|\bunder förutsättning\b|\bkrav\w*|\bkräver\b|\bberoende av\b|\bonly\b|\bconditional\b|\bon condition\b|\bprovided that\b|\bsubject to\b|\brequire\w*|\bcontingent\b|\bdepend\w*)`;
const MUNICIPALITY = String.raw`(?:\bkommun(?:en|ens)\b|\böverenskommelsen\b|\bthe municipality(?:'s)?|\bthe council(?:'s)?|\bthe compact\b)`;
const AGREE_VERB = String.raw`(?:\bställ\w* sig bakom\b|\bstå\w* bakom\b|\bdela(?:r)?\b|\bstödj(?:a|er)\b|\bstöder\b|\binstämm\w* i\b|\bfölj(?:a|er)\b|\brätta\w* sig efter\b|\bhålla med\b|\bhåller med\b|\bvara överens med\b|\bär överens med\b|\bansluta sig till\b|\bansluter sig till\b|\bunderteckna\w*|\bagree\w*(?: with)?|\bendors\w*|\bsupport\w*|\bshar(?:e|es|ing)\b|\balign\w* with\b|\bcomply\w* with\b|\bsign\w*(?: up to)?|\bjoin\w*|\bback\w*)`;
const NO_CRITICISM = String.raw`(?:\bavstå\w*\s+från\s+(?:att\s+)?${WORDS(1)}(?:kritik\w*|kritiser\w*)|\b(?:inte|ej)\s+(?:offentligt\s+)?kritiser\w*|\brefrain\w*\s+from\s+${WORDS(1)}critici[sz]\w*|\b(?:not|never)\s+(?:publicly\s+)?critici[sz]\w*)`;
const AGREE = String.raw`(?:${AGREE_VERB}\s+${WORDS(1)}${MUNICIPALITY}|${NO_CRITICISM})`;
const AGREE_CORE = String.raw`(?:\bställer sig bakom\b|\bdelar\b|\bstödjer\b|\bstöder\b|\bagree\w*(?: with)?|\bsupport\w*|\bshare\w*|\bendorse\w*)`;
const BECOMES = String.raw`(?:\bär\b|\bblir\b|\butgör\b|\bis\b|\bbecomes?\b)`;
const REQUIREMENT = String.raw`(?:\bvillkor\w*|\bkrav\w*|\bförutsättning\w*|\bcondition\w*|\brequirement\w*|\bprerequisite\w*)`;
const REFUSE = String.raw`(?:\binget\b|\binga\b|\binte\b|\bej\b|\bno\b|\bnot\b)`;

/**
 * Money made conditional on agreeing with the municipality. Only the part from the money to the
 * condition (the `scope` group) is checked for negation: "inte kritiserar" is part of the condition.
 */
const FUNDING_CONDITIONAL: Clause[] = [
  { pattern: rx(`(?<scope>${FUNDS}${GAP}${CONDITION})${GAP}${AGREE}`), requires: [FUNDS, CONDITION, AGREE].map(loose) },
  {
    pattern: rx(`(?<scope>${AGREE}${GAP}${BECOMES}\\s+${WORDS(2)}${REQUIREMENT})${GAP}${FUNDS}`),
    requires: [AGREE, REQUIREMENT, FUNDS].map(loose),
  },
  // "Föreningar som inte delar kommunens mål får inget bidrag": two negations that make a condition.
  sequence([String.raw`\b(?:som|that|who|which)\s+(?:inte|ej|do not|does not|don't|doesn't)\s+${AGREE_CORE}`, MUNICIPALITY, String.raw`${REFUSE}\s+${WORDS(2)}${FUNDS}`], { gap: 80, negatable: false }),
];

/** Findings on autonomy and independence. */
export function checkAutonomy(text: AnalysedText): Finding[] {
  const findings = findHits(text, FUNDING_CONDITIONAL).map((hit) => finding("autonomy.fundingConditional", {}, locationOf(hit.sentence)));
  const independence = findHits(text, INDEPENDENCE).length > 0;
  const criticism = findHits(text, RIGHT_TO_CRITICISE).length > 0;
  if (!independence && !criticism) findings.push(finding("autonomy.noIndependence"));
  else if (!criticism) findings.push(finding("autonomy.noRightToCriticise"));
  return findings;
}
