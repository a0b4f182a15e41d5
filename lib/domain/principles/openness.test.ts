import { describe, expect, it } from "vitest";
import { findingsFor, type RuleCase } from "./rule-cases";

describe("openness.noPublication (warning)", () => {
  const cases: RuleCase[] = [
    { lang: "sv", kind: "positive", text: "Minnesanteckningar från samverkansrådet publiceras på kommunens webbplats.", fires: false },
    { lang: "sv", kind: "positive", text: "Överenskommelsen och listan över anslutna organisationer finns tillgängliga på kommunens webbplats.", fires: false },
    { lang: "sv", kind: "positive", text: "Kommunen offentliggör uppföljningen varje år.", fires: false },
    { lang: "sv", kind: "negative", text: "Vi samverkar om fritid.", fires: true },
    { lang: "sv", kind: "mention", text: "Publicering diskuterades men inget beslut fattades.", fires: true },
    { lang: "sv", kind: "negated", text: "Minnesanteckningarna från samverkansrådet publiceras inte.", fires: true },
    { lang: "en", kind: "positive", text: "The minutes of the council are published on the municipality's website.", fires: false },
    { lang: "en", kind: "positive", text: "The follow-up report is made public each year.", fires: false },
    { lang: "en", kind: "negative", text: "We cooperate on leisure.", fires: true },
    { lang: "en", kind: "mention", text: "Publication was discussed.", fires: true },
    { lang: "en", kind: "negated", text: "The minutes will not be published.", fires: true },
  ];
  it.each(cases)("[$lang, $kind] $text → fires: $fires", ({ text, fires }) => {
    expect(findingsFor("openness.noPublication", text).length > 0).toBe(fires);
  });
});

describe("openness.noFinancialOpenness (warning)", () => {
  const cases: RuleCase[] = [
    { lang: "sv", kind: "positive", text: "Båda parter är öppna med sin ekonomi och med hur bidragen används.", fires: false },
    { lang: "sv", kind: "positive", text: "Kommunen redovisar årligen hur mycket bidrag som betalats ut till föreningslivet.", fires: false },
    { lang: "sv", kind: "negative", text: "Vi samverkar om fritid.", fires: true },
    { lang: "sv", kind: "negative", text: "Bidragen är öppna för alla föreningar att söka.", fires: true },
    { lang: "sv", kind: "mention", text: "Ekonomin diskuterades på mötet.", fires: true },
    { lang: "sv", kind: "negated", text: "Föreningarna behöver inte redovisa sin ekonomi för kommunen.", fires: true },
    { lang: "en", kind: "positive", text: "Both parties are open about their finances.", fires: false },
    { lang: "en", kind: "positive", text: "The municipality reports annually on the grants paid to civil society.", fires: false },
    { lang: "en", kind: "negative", text: "We cooperate on leisure.", fires: true },
    { lang: "en", kind: "mention", text: "Finances were discussed.", fires: true },
    { lang: "en", kind: "negated", text: "Associations do not have to disclose their finances.", fires: true },
  ];
  it.each(cases)("[$lang, $kind] $text → fires: $fires", ({ text, fires }) => {
    expect(findingsFor("openness.noFinancialOpenness", text).length > 0).toBe(fires);
  });
});

describe("openness.commentsNotPublic (warning; silent until comments are recorded)", () => {
  it.each([
    { handled: false, fires: true },
    { handled: true, fires: false },
    { handled: undefined, fires: false },
  ])("comments handled publicly: $handled → fires: $fires", ({ handled, fires }) => {
    const facts = handled === undefined ? {} : { commentsHandledPublicly: handled };
    expect(findingsFor("openness.commentsNotPublic", "Vi samverkar.", facts).length > 0).toBe(fires);
  });
});
