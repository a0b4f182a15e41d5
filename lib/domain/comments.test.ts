import { describe, expect, it } from "vitest";
import {
  balanceBySection,
  EDIT_WINDOW_MS,
  groupBySection,
  isJoint,
  isRoundOpen,
  isRoundParticipant,
  isWithinEditWindow,
  linkifyPlainText,
  missingSectors,
  reportTotals,
  roundClosedAt,
} from "./comments";

const at = (iso: string) => new Date(iso);

describe("isWithinEditWindow", () => {
  const written = at("2026-11-30T10:00:00Z");
  it.each([
    [0, true],
    [EDIT_WINDOW_MS - 1, true],
    [EDIT_WINDOW_MS, true],
    [EDIT_WINDOW_MS + 1, false],
    [-1000, false],
  ])("%i ms after writing → %s", (age, expected) => {
    expect(isWithinEditWindow(written, new Date(written.getTime() + age))).toBe(expected);
  });
});

describe("isRoundOpen", () => {
  const round = { endsAt: at("2026-12-10T00:00:00Z"), closedAt: null };
  it("is open before the end date and closed from it on", () => {
    expect(isRoundOpen(round, at("2026-12-09T23:59:59Z"))).toBe(true);
    expect(isRoundOpen(round, at("2026-12-10T00:00:00Z"))).toBe(false);
    expect(isRoundOpen(round, at("2027-01-01T00:00:00Z"))).toBe(false);
  });
  it("is closed once an official closed it, whatever the end date", () => {
    const closed = { ...round, closedAt: at("2026-12-01T00:00:00Z") };
    expect(isRoundOpen(closed, at("2026-12-02T00:00:00Z"))).toBe(false);
    expect(roundClosedAt(closed)).toEqual(at("2026-12-01T00:00:00Z"));
    expect(roundClosedAt(round)).toEqual(round.endsAt);
  });
});

describe("isRoundParticipant", () => {
  it.each([
    ["drafting_group", [], "o1", true, true],
    ["drafting_group", [], "o1", false, false],
    ["municipality", [], "o9", false, true],
    ["organisations", ["o2"], "o2", false, true],
    ["organisations", ["o2"], "o3", false, false],
  ] as const)("%s %j: %s (drafting group %s) → %s", (audience, ids, org, drafting, expected) => {
    expect(isRoundParticipant({ audience, participantIds: ids }, org, drafting)).toBe(expected);
  });
});

describe("joint comments", () => {
  it("are joint only when both sectors signed", () => {
    expect(isJoint([])).toBe(false);
    expect(isJoint([{ sector: "public" }, { sector: "public" }])).toBe(false);
    expect(isJoint([{ sector: "public" }, { sector: "civil" }])).toBe(true);
    expect(missingSectors([{ sector: "civil" }])).toEqual(["public"]);
  });
});

describe("balanceBySection", () => {
  it("counts per sector and flags one-sided sections", () => {
    const balance = balanceBySection([
      { section: "Syfte", sector: "public" },
      { section: "Syfte", sector: "civil" },
      { section: "Dialog", sector: "civil" },
      { section: "Dialog", sector: "civil" },
    ]);
    expect(balance).toEqual([
      { section: "Syfte", counts: { public: 1, civil: 1 }, total: 2, oneSided: null },
      { section: "Dialog", counts: { public: 0, civil: 2 }, total: 2, oneSided: "civil" },
    ]);
  });
});

describe("reportTotals and groupBySection", () => {
  it("totals by sector, by outcome and both", () => {
    const totals = reportTotals([
      { section: "A", sector: "public", outcome: "accepted" },
      { section: "B", sector: "civil", outcome: "accepted" },
      { section: "A", sector: "civil", outcome: null },
    ]);
    expect(totals.total).toBe(3);
    expect(totals.bySector).toEqual({ public: 1, civil: 2 });
    expect(totals.byOutcome.accepted).toBe(2);
    expect(totals.byOutcome.unanswered).toBe(1);
    expect(totals.matrix.accepted).toEqual({ public: 1, civil: 1 });
    expect(groupBySection([{ section: "A", n: 1 }, { section: "B", n: 2 }, { section: "A", n: 3 }]).map((g) => [g.section, g.items.length])).toEqual([
      ["A", 2],
      ["B", 1],
    ]);
  });
});

describe("linkifyPlainText", () => {
  it("turns only http(s) addresses into links and keeps markup as text", () => {
    expect(linkifyPlainText("Se https://example.se/a. <script>x</script>")).toEqual([
      { kind: "text", text: "Se " },
      { kind: "link", href: "https://example.se/a", text: "https://example.se/a" },
      { kind: "text", text: ". <script>x</script>" },
    ]);
    expect(linkifyPlainText("javascript:alert(1)")).toEqual([{ kind: "text", text: "javascript:alert(1)" }]);
  });
});
