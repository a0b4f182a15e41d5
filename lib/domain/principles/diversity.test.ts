import { describe, expect, it } from "vitest";
import type { InvolvedOrganisation } from "./rules";
import { findingsFor, type RuleCase } from "./rule-cases";

const org = (id: string, sector: "public" | "civil", kind: string): InvolvedOrganisation => ({ id, sector, kind });

describe("diversity.fewOrganisations and diversity.oneKind (warnings)", () => {
  const cases: { organisations: InvolvedOrganisation[]; min?: number; few: boolean; oneKind: boolean }[] = [
    { organisations: [org("kff", "public", "committee"), org("a", "civil", "association"), org("b", "civil", "umbrella")], few: true, oneKind: false },
    { organisations: [org("a", "civil", "association"), org("b", "civil", "faith"), org("c", "civil", "foundation")], few: false, oneKind: false },
    { organisations: [org("a", "civil", "association"), org("b", "civil", "association"), org("c", "civil", "association")], few: false, oneKind: true },
    { organisations: [org("a", "civil", "association"), org("a", "civil", "association"), org("b", "civil", "faith")], few: true, oneKind: false },
    { organisations: [org("a", "civil", "association"), org("b", "civil", "faith"), org("c", "civil", "foundation")], min: 5, few: true, oneKind: false },
    { organisations: [org("a", "civil", "association")], min: 1, few: false, oneKind: false },
    { organisations: [], few: true, oneKind: false },
  ];
  it.each(cases)("$organisations.length organisations (min $min) → few: $few, one kind: $oneKind", ({ organisations, min, few, oneKind }) => {
    const options = min === undefined ? {} : { minCivilOrganisations: min };
    expect(findingsFor("diversity.fewOrganisations", "", { organisations }, options).length > 0).toBe(few);
    expect(findingsFor("diversity.oneKind", "", { organisations }, options).length > 0).toBe(oneKind);
  });

  it("counts distinct civil-society organisations against the configured minimum", () => {
    const organisations = [org("kff", "public", "committee"), org("a", "civil", "association"), org("b", "civil", "faith")];
    expect(findingsFor("diversity.fewOrganisations", "", { organisations })[0]?.params).toEqual({ count: 2, min: 3 });
  });
});

describe("diversity.joiningRestricted (warning)", () => {
  const cases: RuleCase[] = [
    { lang: "sv", kind: "positive", text: "Endast föreningar som är medlemmar i Idrottsalliansen kan ansluta sig till överenskommelsen.", fires: true },
    { lang: "sv", kind: "negative", text: "Alla föreningar och idéburna organisationer i Sjöberga kan ansluta sig till överenskommelsen.", fires: false },
    { lang: "sv", kind: "negated", text: "Det är inte bara idrottsföreningar som kan ansluta sig.", fires: false },
    { lang: "sv", kind: "negated", text: "Anslutningen får inte begränsas till endast vissa föreningar.", fires: false },
    { lang: "sv", kind: "mention", text: "Frågan om vilka som får ansluta sig diskuterades.", fires: false },
    { lang: "en", kind: "positive", text: "Only associations registered in the municipality's register may join the compact.", fires: true },
    { lang: "en", kind: "negative", text: "Any organisation working in the municipality may join the compact.", fires: false },
    { lang: "en", kind: "negated", text: "Joining is not limited to only member associations.", fires: false },
    { lang: "en", kind: "mention", text: "Who may join was discussed.", fires: false },
  ];
  it.each(cases)("[$lang, $kind] $text → fires: $fires", ({ text, fires }) => {
    expect(findingsFor("diversity.joiningRestricted", text).length > 0).toBe(fires);
  });
});

describe("diversity.noOpenJoining (note)", () => {
  const cases: RuleCase[] = [
    { lang: "sv", kind: "positive", text: "Alla föreningar och idéburna organisationer i Sjöberga kan ansluta sig till överenskommelsen.", fires: false },
    { lang: "sv", kind: "positive", text: "En organisation ansluter sig genom ett styrelsebeslut som skickas till kommunen.", fires: false },
    { lang: "sv", kind: "negative", text: "Vi samverkar om fritid.", fires: true },
    { lang: "sv", kind: "mention", text: "# Anslutning\nAnslutningen diskuterades.", fires: true },
    { lang: "sv", kind: "negated", text: "Alla föreningar kan inte ansluta sig.", fires: true },
    { lang: "en", kind: "positive", text: "Any organisation working in the municipality may join the compact.", fires: false },
    { lang: "en", kind: "positive", text: "Joining is open to all organisations.", fires: false },
    { lang: "en", kind: "negative", text: "We cooperate on leisure.", fires: true },
    { lang: "en", kind: "negated", text: "Not every organisation can sign the compact.", fires: true },
  ];
  it.each(cases)("[$lang, $kind] $text → fires: $fires", ({ text, fires }) => {
    expect(findingsFor("diversity.noOpenJoining", text).length > 0).toBe(fires);
  });
});

describe("diversity.fewCommentingOrganisations (note; silent until the comment balance is known)", () => {
  const cases: { organisations?: { public: number; civil: number }; min?: number; fires: boolean }[] = [
    { organisations: { public: 1, civil: 3 }, fires: false },
    { organisations: { public: 2, civil: 2 }, fires: true },
    { organisations: { public: 0, civil: 5 }, fires: true },
    { organisations: { public: 0, civil: 0 }, fires: true },
    { organisations: { public: 1, civil: 2 }, min: 2, fires: false },
    { organisations: { public: 1, civil: 1 }, min: 2, fires: true },
    { fires: false },
  ];
  it.each(cases)("commenting organisations $organisations (min $min) → fires: $fires", ({ organisations, min, fires }) => {
    const facts = organisations ? { commentBalance: { organisations, civilUnanswered: 0 } } : {};
    const options = min === undefined ? {} : { minCivilOrganisations: min };
    expect(findingsFor("diversity.fewCommentingOrganisations", "", facts, options).length > 0).toBe(fires);
  });
  it("names both sectors' counts and the minimum", () => {
    const [found] = findingsFor("diversity.fewCommentingOrganisations", "", { commentBalance: { organisations: { public: 1, civil: 2 }, civilUnanswered: 0 } });
    expect(found).toMatchObject({ principle: "diversity", severity: "note", params: { civil: 2, public: 1, min: 3 } });
  });
});
