/**
 * Openness and transparency: a commitment to publish, openness about finances, and comments on the
 * draft handled in public (known only once comments are recorded).
 */
import { finding, type Finding, type PrincipleCheckInput } from "./rules";
import { findHits, rx, sequence, type AnalysedText, type Clause } from "./text";

const PUBLISH = String.raw`(?:\bpublicer(?:a|as|ar|ades|ad|at|ade|ats)\b|\boffentliggör\w*|\bgörs\s+(?:\w+\s+)?(?:offentlig\w*|tillgänglig\w*)|\bläggs\s+ut\b|\bpublicering(?:en)?\s+sker\b|\b(?:finns|hålls|är|blir)\s+(?:\w+\s+)?tillgänglig\w*\s+(?:för allmänheten|för alla|på\s+(?:\w+\s+)?(?:webbplats|hemsida)\w*)|\bpublish(?:es|ed|ing)?\b|\bmade\s+public\b|\bmade\s+available\s+(?:to\s+(?:the\s+)?(?:public|everyone|all)|online|on)\b|\bposted\s+(?:on|online)\b|\bpublicly\s+available\b)`;
const PUBLICATION: Clause[] = [{ pattern: rx(PUBLISH) }];

const FINANCE = String.raw`(?:\bekonomi\w*|\b\w*finansiering\w*|\b\w*bidrag\w*|\bbudget\w*|\bmedel\b|\bmedlen\b|\bkostnad\w*|\bintäkt\w*|\bpengar\w*|\bräkenskap\w*|\bfinanc\w*|\bfunding\b|\bbudgets?\b|\bgrants?\b|\bmoney\b|\bcosts?\b|\baccounts\b|\bspending\b)`;
const OPEN = String.raw`(?:\böpp(?:en|et|na)\s+(?:med|om|kring)\b|\böppenhet\w*|\böppet\b|\bredovis\w*|\binsyn\w*|\btransparen\w*|\boffentliggör\w*|\bpublicer\w*|\bvisa\w*\s+hur\b|\brapporter\w*|\bopen(?:ly|ness)?\b|\bdisclos\w*|\breport\w*|\baccount\w*\s+for\b|\bpublish\w*|\binsight\b)`;
const FINANCIAL_OPENNESS: Clause[] = [sequence([FINANCE, OPEN]), sequence([OPEN, FINANCE])];

/** Findings on openness and transparency. */
export function checkOpenness(text: AnalysedText, input: PrincipleCheckInput): Finding[] {
  const findings: Finding[] = [];
  if (findHits(text, PUBLICATION).length === 0) findings.push(finding("openness.noPublication"));
  if (findHits(text, FINANCIAL_OPENNESS).length === 0) findings.push(finding("openness.noFinancialOpenness"));
  if (input.commentsHandledPublicly === false) findings.push(finding("openness.commentsNotPublic"));
  return findings;
}
