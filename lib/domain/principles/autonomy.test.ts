import { describe, expect, it } from "vitest";
import { findingsFor, type RuleCase } from "./rule-cases";

describe("autonomy.fundingConditional (blocking)", () => {
  const cases: RuleCase[] = [
    { lang: "sv", kind: "positive", text: "Föreningsbidrag beviljas endast till föreningar som ställer sig bakom kommunens mål för fritidspolitiken.", fires: true },
    { lang: "sv", kind: "positive", text: "Verksamhetsstödet förutsätter att organisationen delar kommunens hållning i integrationsfrågor.", fires: true },
    { lang: "sv", kind: "positive", text: "Stöd ges på villkor att föreningen avstår från att offentligt kritisera kommunen.", fires: true },
    { lang: "sv", kind: "positive", text: "Föreningar som inte ställer sig bakom kommunens värdegrund får inget bidrag.", fires: true },
    { lang: "sv", kind: "positive", text: "Att ansluta sig till överenskommelsen är ett krav för att få lokalbidrag.", fires: true },
    { lang: "sv", kind: "negative", text: "Kommunen fördelar föreningsbidrag enligt regler som kultur- och fritidsnämnden beslutar.", fires: false },
    { lang: "sv", kind: "negative", text: "Bidrag ges endast till föreningar som är öppna för alla och arbetar demokratiskt.", fires: false },
    { lang: "sv", kind: "negated", text: "Bidrag får aldrig villkoras av att föreningen delar kommunens uppfattning.", fires: false },
    { lang: "sv", kind: "negated", text: "Att ansluta sig till överenskommelsen är inte ett villkor för att få bidrag.", fires: false },
    { lang: "sv", kind: "negated", text: "Kommunens stöd ska inte vara beroende av att föreningen håller med kommunen.", fires: false },
    { lang: "sv", kind: "mention", text: "Frågan om villkor för bidrag diskuterades i skrivargruppen.", fires: false },
    { lang: "en", kind: "positive", text: "Grants are only awarded to organisations that agree with the municipality's priorities.", fires: true },
    { lang: "en", kind: "positive", text: "Funding is conditional on the association endorsing the municipality's policy.", fires: true },
    { lang: "en", kind: "positive", text: "Organisations that do not support the municipality's goals receive no funding.", fires: true },
    { lang: "en", kind: "negative", text: "The municipality distributes grants according to published rules.", fires: false },
    { lang: "en", kind: "negated", text: "Funding shall never depend on whether an organisation agrees with the municipality.", fires: false },
    { lang: "en", kind: "negated", text: "Grants are not conditional on signing the compact.", fires: false },
    { lang: "en", kind: "mention", text: "The drafting group discussed conditions for grants.", fires: false },
  ];
  it.each(cases)("[$lang, $kind] $text → fires: $fires", ({ text, fires }) => {
    expect(findingsFor("autonomy.fundingConditional", text).length > 0).toBe(fires);
  });

  it("blocks and points at the sentence", () => {
    const [found] = findingsFor("autonomy.fundingConditional", "# Bidrag\nStöd ges på villkor att föreningen avstår från att offentligt kritisera kommunen.");
    expect(found).toMatchObject({ severity: "blocking", principle: "autonomy", where: { blockIndex: 1 } });
    expect(found?.where?.excerpt).toContain("på villkor att");
  });
});

describe("autonomy.noIndependence (warning)", () => {
  const cases: RuleCase[] = [
    { lang: "sv", kind: "positive", text: "Föreningarna är självständiga och bestämmer själva över sin verksamhet.", fires: false },
    { lang: "sv", kind: "positive", text: "Kommunen respekterar civilsamhällets självständighet och oberoende.", fires: false },
    { lang: "sv", kind: "positive", text: "Den idéburna sektorns oberoende ska respekteras i all samverkan.", fires: false },
    { lang: "sv", kind: "negative", text: "Kommunen och föreningarna samverkar om fritid.", fires: true },
    { lang: "sv", kind: "mention", text: "# Principer\n- Självständighet och oberoende\n- Dialog", fires: true },
    { lang: "sv", kind: "negated", text: "Föreningarna är inte självständiga i förhållande till kommunen.", fires: true },
    { lang: "en", kind: "positive", text: "Civil society organisations remain independent of the municipality.", fires: false },
    { lang: "en", kind: "positive", text: "The parties respect the autonomy of each organisation.", fires: false },
    { lang: "en", kind: "negative", text: "The municipality and the associations cooperate on leisure.", fires: true },
    { lang: "en", kind: "mention", text: "# Principles\n- Autonomy and independence", fires: true },
    { lang: "en", kind: "negated", text: "The municipality does not respect the independence of the associations.", fires: true },
  ];
  it.each(cases)("[$lang, $kind] $text → fires: $fires", ({ text, fires }) => {
    expect(findingsFor("autonomy.noIndependence", text).length > 0).toBe(fires);
  });
});

describe("autonomy.noRightToCriticise (note, once independence is stated)", () => {
  const cases: RuleCase[] = [
    { lang: "sv", kind: "negative", text: "Föreningarna är självständiga.", fires: true },
    { lang: "sv", kind: "positive", text: "Föreningarna är självständiga och har rätt att kritisera kommunen.", fires: false },
    { lang: "sv", kind: "positive", text: "Kritik mot kommunen får aldrig påverka föreningens bidrag.", fires: false },
    { lang: "sv", kind: "positive", text: "Föreningarna kan kritisera kommunen utan att förlora sitt stöd.", fires: false },
    { lang: "sv", kind: "negated", text: "Föreningarna är självständiga men har inte rätt att kritisera kommunen.", fires: true },
    { lang: "sv", kind: "mention", text: "Föreningarna är självständiga. Kritik diskuterades på seminariet.", fires: true },
    { lang: "en", kind: "negative", text: "Organisations remain independent.", fires: true },
    { lang: "en", kind: "positive", text: "Organisations remain independent and have the right to criticise the municipality.", fires: false },
    { lang: "en", kind: "positive", text: "Criticism of the municipality will never affect an organisation's grant.", fires: false },
    { lang: "en", kind: "negated", text: "Organisations remain independent but may not criticise the municipality.", fires: true },
    { lang: "en", kind: "mention", text: "Organisations remain independent. Criticism was discussed at the seminar.", fires: true },
  ];
  it.each(cases)("[$lang, $kind] $text → fires: $fires", ({ text, fires }) => {
    expect(findingsFor("autonomy.noRightToCriticise", text).length > 0).toBe(fires);
  });
});
