import { describe, expect, it } from "vitest";
import { findingsFor, type RuleCase } from "./rule-cases";

describe("longterm.noReview (blocking)", () => {
  const cases: RuleCase[] = [
    { lang: "sv", kind: "positive", text: "Överenskommelsen ska ses över vart tredje år.", fires: false },
    { lang: "sv", kind: "positive", text: "Vart fjärde år reviderar parterna överenskommelsen gemensamt.", fires: false },
    { lang: "sv", kind: "positive", text: "Överenskommelsen följs upp årligen i samverkansrådet.", fires: false },
    { lang: "sv", kind: "positive", text: "Parterna gör en översyn av överenskommelsen senast hösten 2029.", fires: false },
    { lang: "sv", kind: "negative", text: "# Syfte\nKommunen och föreningarna samverkar om fritid.", fires: true },
    { lang: "sv", kind: "mention", text: "# Revidering\nRevideringen diskuterades på mötet i mars.", fires: true },
    { lang: "sv", kind: "negated", text: "Överenskommelsen ska inte ses över vart tredje år.", fires: true },
    { lang: "sv", kind: "negated", text: "Det finns ingen plan för att revidera överenskommelsen varje år.", fires: true },
    { lang: "en", kind: "positive", text: "The compact will be reviewed every three years.", fires: false },
    { lang: "en", kind: "positive", text: "The parties evaluate the agreement annually.", fires: false },
    { lang: "en", kind: "positive", text: "The compact will be revised no later than 2030.", fires: false },
    { lang: "en", kind: "negative", text: "The municipality and the associations cooperate on leisure.", fires: true },
    { lang: "en", kind: "mention", text: "# Revision\nThe revision was discussed in March.", fires: true },
    { lang: "en", kind: "negated", text: "The compact will not be reviewed every three years.", fires: true },
  ];
  it.each(cases)("[$lang, $kind] $text → fires: $fires", ({ text, fires }) => {
    expect(findingsFor("longterm.noReview", text).length > 0).toBe(fires);
  });
});

describe("longterm.noRevisionCycle (note)", () => {
  const cases: RuleCase[] = [
    { lang: "sv", kind: "positive", text: "Överenskommelsen ses över under 2029.", fires: true },
    { lang: "sv", kind: "positive", text: "Överenskommelsen ses över vartannat år.", fires: false },
    { lang: "sv", kind: "negated", text: "Överenskommelsen ses över under 2029. Någon översyn vart tredje år görs inte.", fires: true },
    { lang: "sv", kind: "negative", text: "Kommunen och föreningarna samverkar.", fires: false },
    { lang: "en", kind: "positive", text: "The compact will be reviewed by 2030.", fires: true },
    { lang: "en", kind: "positive", text: "The compact is updated every other year.", fires: false },
    { lang: "en", kind: "negated", text: "The compact will be reviewed in 2029. It will not be revised every three years.", fires: true },
    { lang: "en", kind: "mention", text: "The review cycle was discussed.", fires: false },
  ];
  it.each(cases)("[$lang, $kind] $text → fires: $fires", ({ text, fires }) => {
    expect(findingsFor("longterm.noRevisionCycle", text).length > 0).toBe(fires);
  });

  it("points at the sentence with the one-off date", () => {
    const [found] = findingsFor("longterm.noRevisionCycle", "# Uppföljning\nVi samverkar.\nÖverenskommelsen ses över under 2029.");
    expect(found?.where).toEqual({ blockIndex: 2, excerpt: "Överenskommelsen ses över under 2029." });
  });
});

describe("longterm.noValidity (warning)", () => {
  const cases: RuleCase[] = [
    { lang: "sv", kind: "positive", text: "Överenskommelsen gäller 2027–2030.", fires: false },
    { lang: "sv", kind: "positive", text: "Överenskommelsen gäller från den 1 januari 2027 till och med den 31 december 2030.", fires: false },
    { lang: "sv", kind: "positive", text: "Överenskommelsen gäller tills vidare.", fires: false },
    { lang: "sv", kind: "positive", text: "Detta är en fyraårig överenskommelse mellan kommunen och föreningslivet.", fires: false },
    { lang: "sv", kind: "negative", text: "Kommunen och föreningarna samverkar om fritid.", fires: true },
    { lang: "sv", kind: "mention", text: "# Giltighetstid\nGiltighetstiden bestäms senare.", fires: true },
    { lang: "sv", kind: "negated", text: "Överenskommelsen gäller inte för perioden 2027–2030.", fires: true },
    { lang: "en", kind: "positive", text: "The compact is valid from 2027 to 2030.", fires: false },
    { lang: "en", kind: "positive", text: "The compact runs for four years.", fires: false },
    { lang: "en", kind: "positive", text: "This agreement remains in force until further notice.", fires: false },
    { lang: "en", kind: "negative", text: "The parties cooperate on leisure.", fires: true },
    { lang: "en", kind: "mention", text: "# Period of validity\nThe period of validity will be decided later.", fires: true },
    { lang: "en", kind: "negated", text: "The compact does not run for a fixed period of four years.", fires: true },
  ];
  it.each(cases)("[$lang, $kind] $text → fires: $fires", ({ text, fires }) => {
    expect(findingsFor("longterm.noValidity", text).length > 0).toBe(fires);
  });
});

describe("longterm.shortValidity (warning)", () => {
  const cases: RuleCase[] = [
    { lang: "sv", kind: "positive", text: "Överenskommelsen gäller 2027–2028.", fires: true },
    { lang: "sv", kind: "positive", text: "Överenskommelsen gäller i två år.", fires: true },
    { lang: "sv", kind: "negative", text: "Överenskommelsen gäller 2027–2029.", fires: false },
    { lang: "sv", kind: "negative", text: "Överenskommelsen ses över efter två år och gäller 2027-2030.", fires: false },
    { lang: "sv", kind: "negated", text: "Överenskommelsen ska inte gälla i bara två år.", fires: false },
    { lang: "en", kind: "positive", text: "The compact is valid for two years.", fires: true },
    { lang: "en", kind: "negative", text: "The compact is valid for five years.", fires: false },
    { lang: "en", kind: "negated", text: "The compact is not limited to a two-year period.", fires: false },
    { lang: "en", kind: "mention", text: "A two-year action plan is attached.", fires: false },
  ];
  it.each(cases)("[$lang, $kind] $text → fires: $fires", ({ text, fires }) => {
    expect(findingsFor("longterm.shortValidity", text).length > 0).toBe(fires);
  });

  it("reports the length and the configured minimum, and the minimum is configurable", () => {
    const [found] = findingsFor("longterm.shortValidity", "Överenskommelsen gäller 2027–2028.");
    expect(found).toMatchObject({ severity: "warning", params: { years: 2, min: 3 }, where: { blockIndex: 0 } });
    expect(findingsFor("longterm.shortValidity", "Överenskommelsen gäller 2027–2028.", {}, { minValidityYears: 2 })).toEqual([]);
  });
});
