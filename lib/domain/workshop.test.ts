import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SECTORS } from "./roles";
import {
  JOIN_CODE_ALPHABET,
  joinsPerMinute,
  JOIN_CODE_LENGTH,
  STATEMENT_COMMANDS,
  STATEMENT_STATUSES,
  VOTE_VALUES,
  WORKSHOP_STATUSES,
  applyStatementCommand,
  applyWorkshopCommand,
  availableStatementCommands,
  countVotes,
  focusStatement,
  gapMessageKey,
  formatJoinCode,
  isJoinCode,
  isOverLimit,
  isVotingOpen,
  joinCodeFromBytes,
  moveInOrder,
  normaliseJoinCode,
  participationCounts,
  sectorGap,
  shareLine,
  tallyVotes,
  type StatementCommand,
  type StatementStatus,
  type WorkshopStatus,
} from "./workshop";

describe("workshop commands", () => {
  it.each([
    ["draft", "start", 1, "live"],
    ["draft", "start", 0, "workshop.errors.noStatements"],
    ["live", "start", 3, "workshop.errors.alreadyLive"],
    ["ended", "start", 3, "workshop.errors.ended"],
    ["draft", "end", 3, "workshop.errors.notStarted"],
    ["live", "end", 3, "ended"],
    ["ended", "end", 3, "workshop.errors.ended"],
  ] as const)("%s + %s (%i statements) → %s", (status, command, count, expected) => {
    const result = applyWorkshopCommand(status, command, count);
    expect(result.ok ? result.status : result.reason).toBe(expected);
  });
});

describe("statement commands", () => {
  // Every workshop status × statement status × command: the full table.
  const expected: Record<StatementStatus, Record<StatementCommand, StatementStatus | null>> = {
    pending: { open: "open", close: null, reveal: null, reopen: null },
    open: { open: null, close: "closed", reveal: "revealed", reopen: null },
    closed: { open: null, close: null, reveal: "revealed", reopen: "open" },
    revealed: { open: null, close: null, reveal: null, reopen: "open" },
  };
  const cases = WORKSHOP_STATUSES.flatMap((workshop) =>
    STATEMENT_STATUSES.flatMap((status) => STATEMENT_COMMANDS.map((command) => [workshop, status, command] as const)),
  );
  it.each(cases)("workshop %s, statement %s, %s", (workshop, status, command) => {
    const result = applyStatementCommand(workshop, status, command);
    if (workshop !== "live") {
      expect(result).toEqual({ ok: false, reason: "workshop.errors.notLive" });
      return;
    }
    const next = expected[status][command];
    expect(result).toEqual(next ? { ok: true, status: next } : { ok: false, reason: "workshop.errors.statementState" });
  });

  it("lists exactly the commands that would succeed", () => {
    expect(availableStatementCommands("live", "closed")).toEqual(["reveal", "reopen"]);
    expect(availableStatementCommands("draft", "pending")).toEqual([]);
  });

  it.each([
    ["live", "open", true],
    ["live", "closed", false],
    ["live", "revealed", false],
    ["live", "pending", false],
    ["ended", "open", false],
    ["draft", "open", false],
  ] as const)("voting in a %s workshop on a %s statement: %s", (workshop, status, open) => {
    expect(isVotingOpen(workshop as WorkshopStatus, status)).toBe(open);
  });
});

describe("moveInOrder", () => {
  it.each([
    [["a", "b", "c"], "b", "up", ["b", "a", "c"]],
    [["a", "b", "c"], "b", "down", ["a", "c", "b"]],
    [["a", "b", "c"], "a", "up", ["a", "b", "c"]],
    [["a", "b", "c"], "c", "down", ["a", "b", "c"]],
    [["a", "b", "c"], "x", "up", ["a", "b", "c"]],
  ] as const)("%j: %s %s → %j", (ids, id, direction, expected) => {
    expect(moveInOrder(ids, id, direction)).toEqual(expected);
  });

  it("keeps the same ids, and up then down is the identity away from the edges", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 3, maxLength: 20 }), fc.nat(), (ids, n) => {
        const id = ids[1 + (n % (ids.length - 2))]!;
        const moved = moveInOrder(ids, id, "up");
        expect([...moved].sort()).toEqual([...ids].sort());
        expect(moveInOrder(moved, id, "down")).toEqual(ids);
      }),
    );
  });
});

describe("focusStatement", () => {
  const at = (minute: number) => new Date(Date.UTC(2027, 2, 15, 10, minute));
  it("prefers the open statement, then the one closed last, else none", () => {
    const base = { position: 1, closedAt: null };
    expect(focusStatement([{ ...base, id: "a", status: "pending" as const }])).toBeNull();
    expect(
      focusStatement([
        { id: "a", status: "revealed" as const, position: 1, closedAt: at(5) },
        { id: "b", status: "closed" as const, position: 2, closedAt: at(9) },
        { id: "c", status: "pending" as const, position: 3, closedAt: null },
      ])?.id,
    ).toBe("b");
    expect(
      focusStatement([
        { id: "a", status: "closed" as const, position: 1, closedAt: at(9) },
        { id: "b", status: "open" as const, position: 2, closedAt: at(2) },
      ])?.id,
    ).toBe("b");
  });
});

describe("tallies", () => {
  it.each([
    [{ yes: 0, no: 0 }, { total: 0, yesPercent: 0, noPercent: 0, yesShare: 0 }],
    [{ yes: 1, no: 0 }, { total: 1, yesPercent: 100, noPercent: 0, yesShare: 1 }],
    [{ yes: 2, no: 1 }, { total: 3, yesPercent: 67, noPercent: 33, yesShare: 2 / 3 }],
    [{ yes: 1, no: 2 }, { total: 3, yesPercent: 33, noPercent: 67, yesShare: 1 / 3 }],
    [{ yes: 1, no: 7 }, { total: 8, yesPercent: 13, noPercent: 87, yesShare: 1 / 8 }],
  ])("%j → %j", (counts, expected) => {
    expect(shareLine(counts)).toMatchObject(expected);
  });

  it.each([
    [{ public: { yes: 3, no: 1 }, civil: { yes: 1, no: 3 } }, { points: 50, morePositive: "public" }],
    [{ public: { yes: 1, no: 1 }, civil: { yes: 9, no: 1 } }, { points: 40, morePositive: "civil" }],
    [{ public: { yes: 1, no: 1 }, civil: { yes: 2, no: 2 } }, { points: 0, morePositive: null }],
    [{ public: { yes: 0, no: 0 }, civil: { yes: 2, no: 2 } }, null],
  ])("gap of %j is %j", (counts, gap) => {
    expect(tallyVotes(counts).gap).toEqual(gap);
  });

  it.each([
    [null, "workshop.tally.gap.none"],
    [{ points: 0, morePositive: null }, "workshop.tally.gap.equal"],
    [{ points: 12, morePositive: "civil" as const }, "workshop.tally.gap.civil"],
  ])("puts the gap %j into words with %s", (gap, key) => {
    expect(gapMessageKey(gap)).toBe(key);
  });

  it("counts the seed workshop's shape: 213 people, two sectors", () => {
    const votes = [
      ...Array.from({ length: 80 }, () => ({ sector: "public" as const, value: "yes" as const })),
      ...Array.from({ length: 20 }, () => ({ sector: "public" as const, value: "no" as const })),
      ...Array.from({ length: 56 }, () => ({ sector: "civil" as const, value: "yes" as const })),
      ...Array.from({ length: 57 }, () => ({ sector: "civil" as const, value: "no" as const })),
    ];
    const tally = tallyVotes(countVotes(votes));
    expect(tally.total).toMatchObject({ yes: 136, no: 77, total: 213, yesPercent: 64, noPercent: 36 });
    expect(tally.bySector.public).toMatchObject({ yesPercent: 80, noPercent: 20 });
    expect(tally.bySector.civil).toMatchObject({ yesPercent: 50, noPercent: 50 });
    expect(tally.gap).toEqual({ points: 30, morePositive: "public" });
  });

  const vote = fc.record({ sector: fc.constantFrom(...SECTORS), value: fc.constantFrom(...VOTE_VALUES) });

  it("adds up: sector counts sum to the total, percentages to 100, shares to 1", () => {
    fc.assert(
      fc.property(fc.array(vote, { maxLength: 600 }), (votes) => {
        const tally = tallyVotes(countVotes(votes));
        expect(tally.total.total).toBe(votes.length);
        expect(tally.bySector.public.total + tally.bySector.civil.total).toBe(votes.length);
        expect(tally.total.yes).toBe(votes.filter((v) => v.value === "yes").length);
        for (const line of [tally.total, tally.bySector.public, tally.bySector.civil]) {
          expect(line.yes + line.no).toBe(line.total);
          if (line.total > 0) {
            expect(line.yesPercent + line.noPercent).toBe(100);
            expect(line.yesShare + line.noShare).toBeCloseTo(1, 10);
          }
          expect(line.yesPercent).toBeGreaterThanOrEqual(0);
          expect(line.yesPercent).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it("does not depend on the order votes arrive in, and the gap is symmetric", () => {
    fc.assert(
      fc.property(fc.array(vote, { maxLength: 200 }), (votes) => {
        const forward = tallyVotes(countVotes(votes));
        expect(tallyVotes(countVotes([...votes].reverse()))).toEqual(forward);
        const swapped = tallyVotes(countVotes(votes.map((v) => ({ ...v, sector: v.sector === "public" ? ("civil" as const) : ("public" as const) }))));
        expect(swapped.gap?.points).toBe(forward.gap?.points);
        const gap = sectorGap(forward.bySector);
        if (gap) expect(gap.points).toBe(Math.abs(forward.bySector.public.yesPercent - forward.bySector.civil.yesPercent));
      }),
    );
  });

  it("counts as taking part only participants who voted", () => {
    expect(
      participationCounts([
        { sector: "public", votes: 3 },
        { sector: "public", votes: 0 },
        { sector: "civil", votes: 1 },
        { sector: "civil", votes: 8 },
      ]),
    ).toEqual({ publicCount: 1, civilCount: 2 });
  });
});

describe("join codes", () => {
  it("makes codes of the right length from the alphabet, for any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: JOIN_CODE_LENGTH, maxLength: 32 }), (bytes) => {
        const code = joinCodeFromBytes(bytes);
        expect(code).toHaveLength(JOIN_CODE_LENGTH);
        expect(isJoinCode(code)).toBe(true);
        expect(normaliseJoinCode(formatJoinCode(code).toLowerCase())).toBe(code);
      }),
    );
  });

  it("uses every symbol equally often over all byte values (no modulo bias)", () => {
    const counts = new Map<string, number>();
    for (let byte = 0; byte < 256; byte++) {
      const symbol = joinCodeFromBytes(new Uint8Array(JOIN_CODE_LENGTH).fill(byte))[0]!;
      counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
    }
    expect(counts.size).toBe(JOIN_CODE_ALPHABET.length);
    expect(new Set(counts.values())).toEqual(new Set([256 / JOIN_CODE_ALPHABET.length]));
  });

  it("has no look-alike symbols", () => {
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01IO]/);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(32);
  });

  it.each([
    ["abcd-2345", "ABCD2345", true],
    [" ABCD 2345 ", "ABCD2345", true],
    ["ABCD234", "ABCD234", false],
    ["ABCD2340", "ABCD2340", false],
    ["ABCDI345", "ABCDI345", false],
  ])("%j → %s (valid: %s)", (input, normalised, valid) => {
    expect(normaliseJoinCode(input)).toBe(normalised);
    expect(isJoinCode(normaliseJoinCode(input))).toBe(valid);
  });

  it("refuses too few bytes", () => {
    expect(() => joinCodeFromBytes(new Uint8Array(3))).toThrow();
  });
});

describe("rate limits", () => {
  it.each([
    [1, false],
    [20, false],
    [21, true],
  ])("attempt %i of at most 20 is over the limit: %s", (attempts, over) => {
    expect(isOverLimit(attempts, { max: 20, windowMs: 1000 })).toBe(over);
  });
});

describe("joins per minute", () => {
  it("counts joins per clock minute over the last minutes, oldest first, and flags a burst above the threshold", () => {
    const now = new Date("2027-03-15T10:09:30Z");
    const at = (minute: number, second = 0) => new Date(Date.UTC(2027, 2, 15, 10, minute, second));
    const joins = [at(0, 1), at(0, 59), ...Array.from({ length: 31 }, (_, n) => at(5, n)), at(9, 10), at(9, 20), new Date("2027-03-15T09:59:59Z")];
    const minutes = joinsPerMinute(joins, now, 10, 30);
    expect(minutes).toHaveLength(10);
    expect(minutes[0]).toEqual({ start: at(0), joins: 2, burst: false });
    expect(minutes[5]).toEqual({ start: at(5), joins: 31, burst: true });
    expect(minutes[9]).toEqual({ start: at(9), joins: 2, burst: false });
    expect(minutes.reduce((sum, m) => sum + m.joins, 0)).toBe(35);
    expect(joinsPerMinute(Array.from({ length: 30 }, () => at(9)), now, 10, 30)[9]!.burst).toBe(false);
  });
});
