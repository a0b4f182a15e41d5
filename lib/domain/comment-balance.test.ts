import { describe, expect, it } from "vitest";
import { balanceByStage, commentCheckFacts, oneSidedSector, stageAt, type CheckedComment, type StageChangeFact } from "./comment-balance";
import type { Stage } from "./stages";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 10, minute));
const move = (toStage: Stage, versionNumber: number, minute: number): StageChangeFact => ({ toStage, versionNumber, at: at(minute) });

/** A whole first round and the start of the second, listed out of order on purpose. */
const HISTORY: StageChangeFact[] = [
  move("formulation", 1, 10),
  move("agenda", 1, 0),
  move("decision", 1, 20),
  move("implementation", 1, 30),
  move("review", 1, 40),
  move("reformulation", 1, 50),
  move("formulation", 2, 60),
];

describe("stageAt", () => {
  it.each([
    [5, 1, "agenda"],
    [10, 1, "formulation"],
    [19, 1, "formulation"],
    [25, 1, "decision"],
    [35, 1, "implementation"],
    [45, 1, "review"],
    [55, 1, "reformulation"],
    [65, 2, "formulation"],
  ] as const)("minute %i on version %i → %s", (minute, version, stage) => {
    expect(stageAt(HISTORY, at(minute), version)).toBe(stage);
  });

  it("keeps a comment on version 1 in reformulation even when it is stamped after the new round began", () => {
    expect(stageAt(HISTORY, at(61), 1)).toBe("reformulation");
  });

  it("puts a comment on version 2 stamped a moment before its round began into that round's first stage", () => {
    expect(stageAt(HISTORY, at(59), 2)).toBe("formulation");
  });

  it("follows a move back: formulation, decision, back to formulation", () => {
    const history = [move("agenda", 1, 0), move("formulation", 1, 10), move("decision", 1, 20), move("formulation", 1, 30)];
    expect(stageAt(history, at(25), 1)).toBe("decision");
    expect(stageAt(history, at(31), 1)).toBe("formulation");
  });

  it("falls back to the whole history when the version has no moves, and to agenda without any", () => {
    expect(stageAt([move("agenda", 1, 0), move("formulation", 1, 10)], at(15), 3)).toBe("formulation");
    expect(stageAt([], at(15), 1)).toBe("agenda");
  });
});

describe("balanceByStage", () => {
  it("counts comments by stage and sector, lists every stage in order and flags one-sided stages", () => {
    const comments = [
      { at: at(12), versionNumber: 1, sector: "public" as const },
      { at: at(13), versionNumber: 1, sector: "civil" as const },
      { at: at(14), versionNumber: 1, sector: "civil" as const },
      { at: at(45), versionNumber: 1, sector: "civil" as const },
      { at: at(70), versionNumber: 2, sector: "public" as const },
    ];
    const balance = balanceByStage(comments, HISTORY);
    expect(balance.map((row) => row.stage)).toEqual(["agenda", "formulation", "decision", "implementation", "review", "reformulation"]);
    expect(balance[1]).toEqual({ stage: "formulation", counts: { public: 2, civil: 2 }, total: 4, oneSided: null });
    expect(balance[4]).toEqual({ stage: "review", counts: { public: 0, civil: 1 }, total: 1, oneSided: "civil" });
    expect(balance[0]).toEqual({ stage: "agenda", counts: { public: 0, civil: 0 }, total: 0, oneSided: null });
  });
});

describe("oneSidedSector", () => {
  it.each([
    [{ public: 0, civil: 0 }, null],
    [{ public: 2, civil: 0 }, "public"],
    [{ public: 0, civil: 1 }, "civil"],
    [{ public: 1, civil: 1 }, null],
  ] as const)("%o → %s", (counts, expected) => {
    expect(oneSidedSector(counts)).toBe(expected);
  });
});

describe("commentCheckFacts", () => {
  let next = 0;
  const comment = (fields: Partial<CheckedComment>): CheckedComment => ({
    id: `c${++next}`,
    parentId: null,
    versionNumber: 1,
    at: at(15),
    sector: "civil",
    organisationId: "grannstod",
    withdrawn: false,
    hasOutcome: false,
    ...fields,
  });

  it("counts the version's drafting comments by sector and distinct organisation", () => {
    const comments = [
      comment({ sector: "public", organisationId: "kff" }),
      comment({ organisationId: "grannstod" }),
      comment({ organisationId: "grannstod" }),
      comment({ organisationId: "idrott", at: at(5) }),
      // Not counted: a reply, a withdrawn comment, one written after the decision, one on version 2.
      comment({ parentId: "c2", sector: "civil", organisationId: "scouterna" }),
      comment({ organisationId: "scouterna", withdrawn: true }),
      comment({ organisationId: "scouterna", at: at(35) }),
      comment({ organisationId: "scouterna", at: at(65), versionNumber: 2 }),
    ];
    const facts = commentCheckFacts(comments, HISTORY, 1);
    expect(facts.bySector).toEqual({ public: 1, civil: 3 });
    expect(facts.organisations).toEqual({ public: 1, civil: 2 });
  });

  it("counts civil society's comments the public sector never answered", () => {
    const answeredByReply = comment({ id: "r1" });
    const answeredByOutcome = comment({ hasOutcome: true });
    const repliedByCivilOnly = comment({ id: "r2" });
    const unanswered = comment({});
    const publicComment = comment({ sector: "public", organisationId: "kff" });
    const comments = [
      answeredByReply,
      answeredByOutcome,
      repliedByCivilOnly,
      unanswered,
      publicComment,
      comment({ parentId: "r1", sector: "public", organisationId: "kff" }),
      comment({ parentId: "r2", sector: "civil" }),
      // A withdrawn public reply answers nothing.
      comment({ parentId: unanswered.id, sector: "public", organisationId: "kff", withdrawn: true }),
    ];
    expect(commentCheckFacts(comments, HISTORY, 1).civilUnanswered).toBe(2);
  });

  it("knows nothing of a version without comments", () => {
    expect(commentCheckFacts([], HISTORY, 2)).toEqual({ bySector: { public: 0, civil: 0 }, organisations: { public: 0, civil: 0 }, civilUnanswered: 0 });
  });
});
