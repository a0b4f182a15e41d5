import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { docToPlainText, EMPTY_DOC, plainTextToDoc, type Doc } from "./document";

const COMPACT: Doc = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Överenskommelse" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Kommunen och " },
        { type: "text", text: "föreningslivet", marks: [{ type: "bold" }] },
        { type: "text", text: " samverkar." },
      ],
    },
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Principer" }] },
    {
      type: "bulletList",
      content: [
        { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Dialog" }] }] },
        { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Mångfald" }] }] },
      ],
    },
    { type: "paragraph" },
    {
      type: "paragraph",
      content: [{ type: "text", text: "Rad ett" }, { type: "hardBreak" }, { type: "text", text: "rad två" }],
    },
  ],
};

describe("docToPlainText", () => {
  it("puts each block on its own line, marking headings and list items", () => {
    expect(docToPlainText(COMPACT)).toBe(
      ["# Överenskommelse", "Kommunen och föreningslivet samverkar.", "## Principer", "- Dialog", "- Mångfald", "", "Rad ett", "rad två"].join("\n"),
    );
  });

  it("gives an empty string for the empty document", () => {
    expect(docToPlainText(EMPTY_DOC)).toBe("");
  });
});

describe("plainTextToDoc", () => {
  it("reads headings of level 1 and 2 and paragraphs", () => {
    expect(plainTextToDoc("# Syfte\nVi vill öka samverkan.\r\n\n## Parter\n### Inte en rubrik")).toEqual({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Syfte" }] },
        { type: "paragraph", content: [{ type: "text", text: "Vi vill öka samverkan." }] },
        { type: "paragraph" },
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Parter" }] },
        { type: "paragraph", content: [{ type: "text", text: "### Inte en rubrik" }] },
      ],
    });
  });

  it("turns the empty string into the empty document", () => {
    expect(plainTextToDoc("")).toEqual(EMPTY_DOC);
  });

  it("round-trips through docToPlainText", () => {
    const line = fc.oneof(
      fc.string({ unit: fc.constantFrom("a", "å", "ä", "ö", " ", ".", "#") }),
      fc.string().map((s) => `# ${s.replace(/[\r\n]/g, "")}`),
    );
    fc.assert(
      fc.property(fc.array(line.map((s) => s.replace(/[\r\n]/g, "")), { minLength: 1, maxLength: 6 }), (lines) => {
        const text = lines.join("\n");
        return docToPlainText(plainTextToDoc(text)) === text;
      }),
    );
  });
});

describe("EMPTY_DOC", () => {
  it("cannot be changed by a careless caller", () => {
    expect(Object.isFrozen(EMPTY_DOC)).toBe(true);
    expect(Object.isFrozen(EMPTY_DOC.content)).toBe(true);
    expect(() => EMPTY_DOC.content?.push({ type: "paragraph" })).toThrow(TypeError);
  });
});
