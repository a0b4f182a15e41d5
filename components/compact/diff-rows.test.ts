import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldUnchangedRows } from "./diff-rows";

/** Rows as letters: "c" is a changed row, "s" an unchanged one. */
const rows = (pattern: string) => [...pattern].map((kind, index) => ({ kind, index }));
const isChanged = (row: { kind: string }) => row.kind === "c";
const shape = (pattern: string, options = { context: 1, minFolded: 3 }) =>
  foldUnchangedRows(rows(pattern), isChanged, options).map(
    (group) => `${group.folded ? "F" : "V"}:${group.rows.map((row) => row.kind).join("")}`,
  );

describe("foldUnchangedRows", () => {
  it.each([
    ["", []],
    ["c", ["V:c"]],
    ["sssss", ["F:sssss"]],
    ["ssssc", ["F:sss", "V:sc"]],
    ["csssss", ["V:cs", "F:ssss"]],
    ["sscss", ["V:sscss"]],
    ["csssssc", ["V:cs", "F:sss", "V:sc"]],
    // Two unchanged rows between the context rows are not worth a fold.
    ["cssssc", ["V:cssssc"]],
    ["cssc", ["V:cssc"]],
  ])("groups %j", (pattern, expected) => {
    expect(shape(pattern)).toEqual(expected);
  });

  it("keeps more context when asked", () => {
    expect(shape("ssssssc", { context: 2, minFolded: 3 })).toEqual(["F:ssss", "V:ssc"]);
    expect(shape("ssssc", { context: 0, minFolded: 1 })).toEqual(["F:ssss", "V:c"]);
  });

  it("keeps every row once, in order, never folds a change, never puts two visible groups side by side", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("c", "s")), fc.nat(3), fc.integer({ min: 1, max: 5 }), (kinds, context, minFolded) => {
        const input = rows(kinds.join(""));
        const groups = foldUnchangedRows(input, isChanged, { context, minFolded });
        expect(groups.flatMap((group) => group.rows)).toEqual(input);
        for (const group of groups) {
          expect(group.rows.length).toBeGreaterThan(0);
          if (group.folded) {
            expect(group.rows.some(isChanged)).toBe(false);
            expect(group.rows.length).toBeGreaterThanOrEqual(minFolded);
          }
        }
        groups.slice(1).forEach((group, index) => expect(group.folded || groups[index]!.folded).toBe(true));
      }),
    );
  });
});
