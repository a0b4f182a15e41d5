/**
 * Word patterns shared by the principle rules, Swedish and English, written for the normalised text
 * (lower case, "-" for every dash). Swedish inflection is covered by open endings (\w*) where a stem
 * is unambiguous and by listed forms where it is not ("ses över", "följs upp").
 */

const SWEDISH_NUMBERS = ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio"];
const ENGLISH_NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const ORDINALS: Record<string, number> = {
  annat: 2, annan: 2, andra: 2, tredje: 3, fjärde: 4, femte: 5, sjätte: 6,
  other: 2, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6,
};

/** A small cardinal number, in digits or words ("en"/"ett"/"one" included). */
export const NUM = String.raw`(?:\d{1,2}|en|${[...SWEDISH_NUMBERS, ...ENGLISH_NUMBERS].join("|")})`;
/** "tredje", "third", "3:e", "3rd". */
export const ORD = String.raw`(?:${Object.keys(ORDINALS).join("|")}|\d{1,2}:e|\d{1,2}(?:st|nd|rd|th))`;
export const YEAR = String.raw`20\d\d`;

/** The value of a number word or digits ("fyra" → 4, "3" → 3), or null. */
export function numberValue(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  if (word === "en") return 1;
  const sv = SWEDISH_NUMBERS.indexOf(word);
  if (sv >= 0) return sv;
  const en = ENGLISH_NUMBERS.indexOf(word);
  return en >= 0 ? en : null;
}

const alt = (...parts: string[]) => `(?:${parts.join("|")})`;

/** The compact itself as a word: "överenskommelsen", "the compact". */
export const COMPACT = alt(String.raw`överenskommelse\w*`, String.raw`\bcompact\b`, String.raw`\bagreement\b`);

/** The parties and bodies that can own a commitment. */
export const PARTY = alt(
  String.raw`\bkommun(?:en|ens)?\b`,
  String.raw`\b\w*nämnd\w*`,
  String.raw`\b\w*förvaltning\w*`,
  String.raw`\bkommunstyrelse\w*`,
  String.raw`\bkommunfullmäktige\b`,
  String.raw`\bförening\w*`,
  String.raw`\b\w*organisation\w*`,
  String.raw`\bcivilsamhälle\w*`,
  String.raw`\bidéburn\w*`,
  String.raw`\bsektor\w*`,
  String.raw`\bparter\w*`,
  String.raw`\bvi\b`,
  String.raw`\bsamverkansråd\w*`,
  String.raw`\bgemensam\w*`,
  String.raw`\bmunicipality\w*`,
  String.raw`\bcouncil\w*`,
  String.raw`\bcommittee\w*`,
  String.raw`\bdepartment\w*`,
  String.raw`\badministration\w*`,
  String.raw`\borgani[sz]ation\w*`,
  String.raw`\bassociation\w*`,
  String.raw`\bcivil society\b`,
  String.raw`\bpart(?:y|ies)\b`,
  String.raw`\bwe\b`,
  String.raw`\bjoint\w*`,
);

/** Reviewing, revising or following up. */
export const REVIEW = alt(
  String.raw`\brevider\w*`,
  String.raw`\brevision\w*`,
  String.raw`\b\w*översyn\w*`,
  String.raw`\b(?:se|ses|ser|sett|setts|såg|sågs)\s+(?:\w+\s+)?över\b`,
  String.raw`\bomförhandl\w*`,
  String.raw`\bompröv\w*`,
  String.raw`\buppdater\w*`,
  String.raw`\bförnya\w*`,
  String.raw`\bfölj\w*\s+(?:\w+\s+)?upp\b`,
  String.raw`\buppföljning\w*`,
  String.raw`\butvärder\w*`,
  String.raw`\breview\w*`,
  String.raw`\brevis\w*`,
  String.raw`\brenegotiat\w*`,
  String.raw`\breassess\w*`,
  String.raw`\bupdat\w*`,
  String.raw`\brenew\w*`,
  String.raw`\bfollow\w*\s+(?:\w+\s+)?up\b`,
  String.raw`\bfollow-up\w*`,
  String.raw`\bevaluat\w*`,
);

const PERIOD_SV = String.raw`(?:år|mandatperiod\w*|termin|halvår|kvartal)`;

/** A recurring interval: "vart tredje år", "årligen", "every three years", "annually". */
export const CYCLE = alt(
  String.raw`\b(?:vart|var)\s+${ORD}\s+${PERIOD_SV}\b`,
  String.raw`\bvarje\s+(?:nytt?\s+)?${PERIOD_SV}\b`,
  String.raw`\bvartannat\s+år\b`,
  String.raw`\bvarannan\s+(?:månad|termin|vecka|mandatperiod)\b`,
  String.raw`\bårlig\w*`,
  String.raw`\b${NUM}\s+gånge?r?\s+(?:per|om|i|varje)\s+(?:år(?:et)?|mandatperiod\w*)\b`,
  String.raw`\bevery\s+(?:(?:${ORD}|${NUM})\s+)?(?:years?|electoral term|term of office)\b`,
  String.raw`\beach\s+(?:year|electoral term)\b`,
  String.raw`\bannual\w*`,
  String.raw`\byearly\b`,
  String.raw`\bbiennial\w*`,
  String.raw`\b(?:${NUM}|once|twice)\s+(?:times?\s+)?(?:a|per|each)\s+year\b`,
);

const MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october";
const SEASON = String.raw`(?:år|hösten|våren|sommaren|vintern|början av|mitten av|slutet av|the end of|the autumn of|the spring of|autumn|spring)`;

/** A one-off time: "senast 2029", "hösten 2029", "after two years", "by 2030". */
export const DATE = alt(
  String.raw`\b(?:senast|under|inför|före|i|till|by|in|before|during|no later than|not later than)\s+(?:${SEASON}\s+)?${YEAR}\b`,
  String.raw`\b\d{1,2}\s+(?:${MONTHS})\s+${YEAR}\b`,
  String.raw`\b${YEAR}-\d\d-\d\d\b`,
  String.raw`\b(?:efter|inom|after|within)\s+${NUM}\s+(?:år|years?)\b`,
  String.raw`\bslutet\s+av\s+(?:avtals|giltighets|mandat)?perioden\b`,
  String.raw`\bat\s+the\s+end\s+of\s+the\s+(?:\w+\s+)?(?:period|term)\b`,
);

/** Money given to organisations. "stöd" only as a noun, so "stödjer" is not money. */
export const FUNDS = alt(
  String.raw`\b\w*bidrag\w*`,
  String.raw`\b\w*anslag\w*`,
  String.raw`\b\w*finansiering\w*`,
  String.raw`\b\w*ersättning\w*`,
  String.raw`\b\w*stöd(?:et|en)?\b`,
  String.raw`\bmedel\b`,
  String.raw`\bmedlen\b`,
  String.raw`\bpengar\w*`,
  String.raw`\bgrants?\b`,
  String.raw`\bfunding\b`,
  String.raw`\bfunds\b`,
  String.raw`\bsubsid\w*`,
  String.raw`\bfinancial support\b`,
);

/** Opening, recurring meeting forms: a council, a forum, meetings. */
export const FORUM = alt(
  String.raw`\b(?:samverkans|dialog|förenings|civilsamhälles|idéburet|lokalt)?råd(?:et|en)?\b`,
  String.raw`\b\w*forum\w*`,
  String.raw`\b\w*möte(?:t|n|na)?\b`,
  String.raw`\bmöts\b`,
  String.raw`\bmötas\b`,
  String.raw`\bträffa\w*`,
  String.raw`\b\w*träff(?:en|ar|arna)?\b`,
  String.raw`\bsammanträd\w*`,
  String.raw`\b\w*referensgrupp\w*`,
  String.raw`\b\w*konferens\w*`,
  String.raw`\bdialogdag\w*`,
  String.raw`\bcouncil\w*`,
  String.raw`\bforums?\b`,
  String.raw`\bmeetings?\b`,
  String.raw`\bmeets?\b`,
  String.raw`\bconvene\w*`,
  String.raw`\breference group\w*`,
  String.raw`\bround ?tables?\b`,
  String.raw`\bconferences?\b`,
);

/** How often a forum meets: "fyra gånger per år", "varje termin", "twice a year", "quarterly". */
export const FREQUENCY = alt(
  String.raw`\b${NUM}\s+gånge?r?\s+(?:per|om|i|varje)\s+(?:år(?:et)?|termin(?:en)?|halvår(?:et)?|månad(?:en)?|kvartal(?:et)?)\b`,
  String.raw`\bvarje\s+(?:år|termin|halvår|kvartal|månad|vecka)\b`,
  String.raw`\b(?:vart|var)\s+${ORD}\s+(?:år|månad|vecka)\b`,
  String.raw`\bvarannan\s+(?:månad|vecka|termin)\b`,
  String.raw`\bårlig\w*`,
  String.raw`\bkvartalsvis\b`,
  String.raw`\bmånatlig\w*`,
  String.raw`\bhalvårsvis\b`,
  String.raw`\bterminsvis\b`,
  String.raw`\b(?:${NUM}|once|twice)\s+(?:times?\s+)?(?:a|per|each|every)\s+(?:year|term|month|quarter|semester)\b`,
  String.raw`\b(?:every|each)\s+(?:(?:${ORD}|${NUM})\s+)?(?:years?|terms?|months?|quarters?|semesters?|weeks?)\b`,
  String.raw`\bannual\w*`,
  String.raw`\byearly\b`,
  String.raw`\bquarterly\b`,
  String.raw`\bmonthly\b`,
);

/** Following up commitments: the act of measuring or reporting, and what is followed up. */
export const FOLLOW_UP = alt(
  String.raw`\bfölj\w*\s+(?:\w+\s+)?upp\b`,
  String.raw`\buppföljning\w*`,
  String.raw`\butvärder\w*`,
  String.raw`\bmäts\b`,
  String.raw`\bmäta\w*`,
  String.raw`\bmätning\w*`,
  String.raw`\bredovis\w*`,
  String.raw`\brapporter\w*`,
  String.raw`\bindikator\w*`,
  String.raw`\bnyckeltal\w*`,
  String.raw`\bfollow\w*\s+(?:\w+\s+)?up\b`,
  String.raw`\bfollow-up\w*`,
  String.raw`\bmonitor\w*`,
  String.raw`\bmeasur\w*`,
  String.raw`\breport\w*`,
  String.raw`\bevaluat\w*`,
  String.raw`\bindicators?\b`,
);
export const FOLLOWED = alt(
  String.raw`\båtagande\w*`,
  String.raw`\b\w*handlingsplan\w*`,
  String.raw`\b\w*aktivitetsplan\w*`,
  String.raw`\bmål(?:en|et)?\b`,
  String.raw`\bmålsättning\w*`,
  String.raw`\bresultat\w*`,
  String.raw`\binsatser\w*`,
  String.raw`\barbetet\b`,
  COMPACT,
  String.raw`\bcommitments?\b`,
  String.raw`\baction plans?\b`,
  String.raw`\bgoals?\b`,
  String.raw`\btargets?\b`,
  String.raw`\bresults?\b`,
  String.raw`\bprogress\b`,
  String.raw`\boutcomes?\b`,
);
