import { describe, expect, it } from "vitest";
import { findingsFor, type RuleCase } from "./rule-cases";

describe("quality.commitmentWithoutOwner (warning)", () => {
  const cases: RuleCase[] = [
    { lang: "sv", kind: "positive", text: "Lokaler ska göras tillgängliga för föreningarnas verksamhet.", fires: true },
    { lang: "sv", kind: "positive", text: "Under 2027 ska en handlingsplan tas fram.", fires: true },
    { lang: "sv", kind: "negative", text: "Kommunen ska göra lokaler tillgängliga för föreningarnas verksamhet.", fires: false },
    { lang: "sv", kind: "negative", text: "En handlingsplan ska tas fram av kultur- och fritidsförvaltningen och föreningsrådet.", fires: false },
    { lang: "sv", kind: "negative", text: "# Kommunens åtaganden\n- Lokaler ska göras tillgängliga kvällstid.", fires: false },
    { lang: "sv", kind: "negative", text: "Det ska finnas ett samverkansråd där båda sektorerna ingår.", fires: false },
    { lang: "sv", kind: "negative", text: "Överenskommelsen ska ses över vart tredje år.", fires: false },
    { lang: "sv", kind: "negated", text: "Inga nya avgifter ska tas ut för föreningarnas lokaler.", fires: false },
    { lang: "sv", kind: "mention", text: "Ordet åtagande används här om det som en part lovar.", fires: false },
    { lang: "en", kind: "positive", text: "Premises will be made available to associations in the evenings.", fires: true },
    { lang: "en", kind: "positive", text: "An action plan shall be drawn up in 2027.", fires: true },
    { lang: "en", kind: "negative", text: "The municipality will make premises available to associations in the evenings.", fires: false },
    { lang: "en", kind: "negative", text: "An action plan shall be drawn up by the cooperation council.", fires: false },
    { lang: "en", kind: "negative", text: "Joining will be open to every organisation.", fires: false },
    { lang: "en", kind: "negated", text: "No fees will be charged for the premises.", fires: false },
    { lang: "en", kind: "mention", text: "A commitment is something a party promises to do.", fires: false },
  ];
  it.each(cases)("[$lang, $kind] $text → fires: $fires", ({ text, fires }) => {
    expect(findingsFor("quality.commitmentWithoutOwner", text).length > 0).toBe(fires);
  });

  it("reports each ownerless commitment where it stands", () => {
    const found = findingsFor("quality.commitmentWithoutOwner", "Lokaler ska göras tillgängliga. Kommunen ska betala. En plan ska tas fram.");
    expect(found.map((f) => f.where?.excerpt)).toEqual(["Lokaler ska göras tillgängliga.", "En plan ska tas fram."]);
  });
});

describe("quality.noFollowUp (warning)", () => {
  const cases: RuleCase[] = [
    { lang: "sv", kind: "positive", text: "Åtagandena följs upp varje år i samverkansrådet.", fires: false },
    { lang: "sv", kind: "positive", text: "Handlingsplanen utvärderas med hjälp av gemensamma indikatorer.", fires: false },
    { lang: "sv", kind: "negative", text: "Vi samverkar om fritid.", fires: true },
    { lang: "sv", kind: "mention", text: "# Uppföljning\nVi samverkar om fritid.", fires: true },
    { lang: "sv", kind: "negated", text: "Åtagandena följs inte upp.", fires: true },
    { lang: "en", kind: "positive", text: "Progress on the commitments is reported to the council every year.", fires: false },
    { lang: "en", kind: "negative", text: "We cooperate on leisure.", fires: true },
    { lang: "en", kind: "mention", text: "# Follow-up\nWe cooperate on leisure.", fires: true },
    { lang: "en", kind: "negated", text: "The commitments will not be monitored.", fires: true },
  ];
  it.each(cases)("[$lang, $kind] $text → fires: $fires", ({ text, fires }) => {
    expect(findingsFor("quality.noFollowUp", text).length > 0).toBe(fires);
  });
});

describe("quality.noCommitments (note)", () => {
  const cases: RuleCase[] = [
    { lang: "sv", kind: "positive", text: "Kommunen ska ge föreningarna förutsägbara villkor.", fires: false },
    { lang: "sv", kind: "positive", text: "# Civilsamhällets åtaganden\n- Bidra med kunskap om lokala behov", fires: false },
    { lang: "sv", kind: "negative", text: "Vi samverkar om fritid.", fires: true },
    { lang: "sv", kind: "mention", text: "Åtaganden diskuteras under formuleringen.", fires: true },
    { lang: "sv", kind: "negated", text: "Kommunen åtar sig inget i nuläget.", fires: true },
    { lang: "en", kind: "positive", text: "The municipality will provide premises free of charge.", fires: false },
    { lang: "en", kind: "negative", text: "We cooperate on leisure.", fires: true },
    { lang: "en", kind: "mention", text: "Commitments are discussed during formulation.", fires: true },
    { lang: "en", kind: "negated", text: "The municipality will not commit to anything yet.", fires: true },
  ];
  it.each(cases)("[$lang, $kind] $text → fires: $fires", ({ text, fires }) => {
    expect(findingsFor("quality.noCommitments", text).length > 0).toBe(fires);
  });
});
