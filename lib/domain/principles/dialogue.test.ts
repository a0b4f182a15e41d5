import { describe, expect, it } from "vitest";
import type { ParticipationLevel, Stage } from "../stages";
import { findingsFor, type RuleCase } from "./rule-cases";

describe("dialogue.noForum (warning)", () => {
  const cases: RuleCase[] = [
    { lang: "sv", kind: "positive", text: "Ett samverkansråd med tio företrädare för föreningslivet och tre politiker sammanträder fyra gånger per år.", fires: false },
    { lang: "sv", kind: "positive", text: "Parterna möts i ett dialogforum varje termin.", fires: false },
    { lang: "sv", kind: "positive", text: "Två gånger om året anordnas en gemensam dialogdag.", fires: false },
    { lang: "sv", kind: "negative", text: "Kommunen och föreningarna samverkar om fritid.", fires: true },
    { lang: "sv", kind: "mention", text: "Ett samverkansråd har diskuterats.", fires: true },
    { lang: "sv", kind: "negated", text: "Det finns inget dialogforum som träffas två gånger per år.", fires: true },
    { lang: "en", kind: "positive", text: "A cooperation council meets four times a year.", fires: false },
    { lang: "en", kind: "positive", text: "The parties hold a dialogue forum twice a year.", fires: false },
    { lang: "en", kind: "negative", text: "The parties cooperate on leisure.", fires: true },
    { lang: "en", kind: "mention", text: "A cooperation council was proposed during the hearing.", fires: true },
    { lang: "en", kind: "negated", text: "The cooperation council will not meet four times a year.", fires: true },
  ];
  it.each(cases)("[$lang, $kind] $text → fires: $fires", ({ text, fires }) => {
    expect(findingsFor("dialogue.noForum", text).length > 0).toBe(fires);
  });
});

describe("dialogue.oneSectorCommented (warning; silent until comments are recorded)", () => {
  const cases: { comments?: { public: number; civil: number }; fires: boolean }[] = [
    { comments: { public: 0, civil: 5 }, fires: true },
    { comments: { public: 7, civil: 0 }, fires: true },
    { comments: { public: 3, civil: 4 }, fires: false },
    { comments: { public: 0, civil: 0 }, fires: false },
    { fires: false },
  ];
  it.each(cases)("comments $comments → fires: $fires", ({ comments, fires }) => {
    const found = findingsFor("dialogue.oneSectorCommented", "Vi samverkar.", comments ? { formulationComments: comments } : {});
    expect(found.length > 0).toBe(fires);
  });
  it("names the sector that commented", () => {
    expect(findingsFor("dialogue.oneSectorCommented", "", { formulationComments: { public: 0, civil: 2 } })[0]?.params).toEqual({ sector: "civil" });
  });
});

describe("participation in formulation", () => {
  const entry = (stage: Stage, level: ParticipationLevel) => ({ stage, level });
  const cases: { entries: ReturnType<typeof entry>[]; below: boolean; none: boolean }[] = [
    { entries: [entry("formulation", "consultation")], below: true, none: false },
    { entries: [entry("formulation", "information"), entry("formulation", "consultation")], below: true, none: false },
    { entries: [entry("formulation", "dialogue")], below: false, none: false },
    { entries: [entry("formulation", "information"), entry("formulation", "partnership")], below: false, none: false },
    { entries: [entry("agenda", "partnership")], below: false, none: true },
    { entries: [], below: false, none: true },
  ];
  it.each(cases)("$entries → below dialogue: $below, nothing recorded: $none", ({ entries, below, none }) => {
    expect(findingsFor("dialogue.participationBelowDialogue", "", { participation: entries }).length > 0).toBe(below);
    expect(findingsFor("dialogue.noParticipationRecorded", "", { participation: entries }).length > 0).toBe(none);
  });
  it("warns with the highest level reached", () => {
    const [found] = findingsFor("dialogue.participationBelowDialogue", "", { participation: [entry("formulation", "consultation")] });
    expect(found).toMatchObject({ severity: "warning", params: { level: "consultation" }, where: null });
  });
});

describe("dialogue.civilCommentsUnanswered (warning; silent until the comment balance is known)", () => {
  const cases: { civilUnanswered?: number; fires: boolean }[] = [{ civilUnanswered: 0, fires: false }, { civilUnanswered: 1, fires: true }, { civilUnanswered: 4, fires: true }, { fires: false }];
  it.each(cases)("unanswered $civilUnanswered → fires: $fires", ({ civilUnanswered, fires }) => {
    const facts = civilUnanswered === undefined ? {} : { commentBalance: { organisations: { public: 1, civil: 3 }, civilUnanswered } };
    expect(findingsFor("dialogue.civilCommentsUnanswered", "Vi samverkar.", facts).length > 0).toBe(fires);
  });
  it("warns with how many comments wait for an answer", () => {
    const [found] = findingsFor("dialogue.civilCommentsUnanswered", "", { commentBalance: { organisations: { public: 1, civil: 1 }, civilUnanswered: 2 } });
    expect(found).toMatchObject({ principle: "dialogue", severity: "warning", params: { count: 2 }, where: null });
  });
});
