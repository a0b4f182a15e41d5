import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { diffWords, sideBySide, type DiffPart } from "./version-diff";

const join = (parts: readonly DiffPart[] | null, leaveOut: DiffPart["kind"]) =>
  (parts ?? []).filter((part) => part.kind !== leaveOut).map((part) => part.text).join("");

describe("diffWords", () => {
  it("marks whole Swedish words as added and removed", () => {
    expect(
      diffWords(
        "Kommunen ska stödja föreningarnas självständighet.",
        "Kommunen ska värna föreningslivets självständighet och oberoende.",
      ),
    ).toEqual([
      { kind: "same", text: "Kommunen ska " },
      { kind: "removed", text: "stödja föreningarnas" },
      { kind: "added", text: "värna föreningslivets" },
      { kind: "same", text: " självständighet" },
      { kind: "added", text: " och oberoende" },
      { kind: "same", text: "." },
    ]);
  });

  it("does not split words at å, ä or ö", () => {
    expect(diffWords("målen är höga", "målen är låga")).toEqual([
      { kind: "same", text: "målen är " },
      { kind: "removed", text: "höga" },
      { kind: "added", text: "låga" },
    ]);
  });

  it("is all same for equal texts and empty for two empty texts", () => {
    expect(diffWords("Öppenhet och insyn", "Öppenhet och insyn")).toEqual([{ kind: "same", text: "Öppenhet och insyn" }]);
    expect(diffWords("", "")).toEqual([]);
    expect(diffWords("", "Mångfald")).toEqual([{ kind: "added", text: "Mångfald" }]);
  });

  it("always rebuilds both texts exactly and never leaves empty parts", () => {
    const words = fc.constantFrom("kommun", "förening", "åtagande", "är", "ö", " ", "  ", "\n", ",", ".");
    const text = fc.array(words, { maxLength: 20 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, text, (oldText, newText) => {
        const parts = diffWords(oldText, newText);
        expect(join(parts, "added")).toBe(oldText);
        expect(join(parts, "removed")).toBe(newText);
        expect(parts.every((part) => part.text !== "")).toBe(true);
      }),
    );
  });
});

describe("sideBySide", () => {
  const before = ["# Syfte", "Vi ska ha dialog.", "Stycke som tas bort.", "Slut"].join("\n");
  const after = ["# Syfte", "Vi ska ha öppen dialog.", "Slut", "Nytt stycke om mångfald."].join("\n");

  it("pairs paragraphs and word-diffs the edited ones", () => {
    expect(sideBySide(before, after)).toEqual([
      { kind: "same", old: [{ kind: "same", text: "# Syfte" }], new: [{ kind: "same", text: "# Syfte" }], oldNumber: 1, newNumber: 1 },
      {
        kind: "changed",
        old: [{ kind: "same", text: "Vi ska ha dialog." }],
        new: [
          { kind: "same", text: "Vi ska ha " },
          { kind: "added", text: "öppen " },
          { kind: "same", text: "dialog." },
        ],
        oldNumber: 2,
        newNumber: 2,
      },
      { kind: "removed", old: [{ kind: "removed", text: "Stycke som tas bort." }], new: null, oldNumber: 3, newNumber: null },
      { kind: "same", old: [{ kind: "same", text: "Slut" }], new: [{ kind: "same", text: "Slut" }], oldNumber: 4, newNumber: 3 },
      { kind: "added", old: null, new: [{ kind: "added", text: "Nytt stycke om mångfald." }], oldNumber: null, newNumber: 4 },
    ]);
  });

  it("shows each side verbatim, paragraph by paragraph", () => {
    const paragraph = fc.array(fc.constantFrom("Dialog", "Kvalitet", "är", "viktig", " ", "."), { maxLength: 6 }).map((w) => w.join(""));
    const text = fc.array(paragraph, { maxLength: 6 }).map((lines) => lines.join("\n"));
    fc.assert(
      fc.property(text, text, (oldText, newText) => {
        const rows = sideBySide(oldText, newText);
        const oldLines = rows.filter((row) => row.old !== null).map((row) => join(row.old, "added"));
        const newLines = rows.filter((row) => row.new !== null).map((row) => join(row.new, "removed"));
        expect(oldLines.join("\n")).toBe(oldText);
        expect(newLines.join("\n")).toBe(newText);
        expect(rows.filter((row) => row.oldNumber !== null).map((row) => row.oldNumber)).toEqual(oldLines.map((_, i) => i + 1));
      }),
    );
  });

  it("has no rows for two empty texts", () => {
    expect(sideBySide("", "")).toEqual([]);
  });
});
