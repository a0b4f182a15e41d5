import { describe, expect, it } from "vitest";
import { chartRows, compareAssessments, isDisagreement, type Assessment } from "./assessment";

const score = (principle: Assessment["principle"], sector: Assessment["sector"], value: number): Assessment => ({ principle, sector, score: value, justification: "" });

describe("disagreement between the sectors", () => {
  it.each([
    [4, 2, true],
    [1, 5, true],
    [2, 4, true],
    [3, 4, false],
    [3, 3, false],
    [null, 5, false],
    [1, undefined, false],
  ])("public %s, civil %s → disagree: %s", (pub, civ, expected) => {
    expect(isDisagreement(pub, civ)).toBe(expected);
  });

  it("compares per principle, in the principles' order, with the gap once both have scored", () => {
    const rows = compareAssessments([score("dialogue", "public", 4), score("dialogue", "civil", 2), score("quality", "civil", 3)]);
    expect(rows.map((r) => r.principle)).toEqual(["autonomy", "dialogue", "quality", "longterm", "openness", "diversity"]);
    expect(rows[1]).toMatchObject({ gap: 2, disagree: true, public: { score: 4 }, civil: { score: 2 } });
    expect(rows[2]).toMatchObject({ gap: null, disagree: false, public: null });
  });
});

describe("chart rows", () => {
  it("puts both sectors of this version and the previous one side by side", () => {
    const rows = chartRows([score("autonomy", "public", 3), score("autonomy", "civil", 5)], [score("autonomy", "civil", 2)]);
    expect(rows[0]).toEqual({ principle: "autonomy", publicCurrent: 3, civilCurrent: 5, publicPrevious: null, civilPrevious: 2 });
    expect(rows[5]).toEqual({ principle: "diversity", publicCurrent: null, civilCurrent: null, publicPrevious: null, civilPrevious: null });
  });
});
