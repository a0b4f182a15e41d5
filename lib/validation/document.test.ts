import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { getSchema } from "@tiptap/core";
import { documentExtensions } from "@/lib/collab/extensions";
import { DEMO_COMPACT } from "@/lib/server/seed/demo-data";
import { ATTRIBUTE_NAMES, MARK_TYPES, MAX_DOCUMENT_BYTES, NODE_TYPES, parseCompactDocument } from "./document";

const schema = getSchema(documentExtensions());
const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: unknown[]) => ({ type: "paragraph", ...(content.length ? { content } : {}) });
const doc = (...content: unknown[]) => ({ type: "doc", content });

describe("the document schema", () => {
  it("allows exactly the node types, marks and attributes the editor has", () => {
    expect(Object.keys(schema.nodes).sort()).toEqual([...NODE_TYPES].sort());
    expect(Object.keys(schema.marks).sort()).toEqual([...MARK_TYPES].sort());
    const attributes = [...Object.values(schema.nodes), ...Object.values(schema.marks)].flatMap((type) => Object.keys(type.spec.attrs ?? {}));
    expect(attributes.filter((name) => !(ATTRIBUTE_NAMES as readonly string[]).includes(name))).toEqual([]);
  });

  it("accepts the demo text and a document with every kind of node, as the editor writes it", () => {
    expect(parseCompactDocument(DEMO_COMPACT.content).ok).toBe(true);
    const rich = schema.nodeFromJSON(
      doc(
        { type: "heading", attrs: { level: 2 }, content: [text("1. Syfte")] },
        paragraph(text("fet", [{ type: "bold" }]), { type: "hardBreak" }, text("länk", [{ type: "link", attrs: { href: "https://sjoberga.se" } }])),
        { type: "orderedList", content: [{ type: "listItem", content: [paragraph(text("ett"))] }] },
        { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("punkt", [{ type: "italic" }]))] }] },
        { type: "blockquote", content: [paragraph(text("citat"))] },
        {
          type: "table",
          content: [
            { type: "tableRow", content: [{ type: "tableHeader", content: [paragraph(text("Part"))] }] },
            { type: "tableRow", content: [{ type: "tableCell", content: [paragraph(text("Kommunen"))] }] },
          ],
        },
      ),
    );
    // toJSON() writes every attribute with its default (null colwidth, rel, target…).
    const result = parseCompactDocument(rich.toJSON());
    expect(result).toMatchObject({ ok: true });
  });

  it.each([
    ["an unknown node type", doc({ type: "image", attrs: { src: "x.png" } })],
    ["an unknown mark", doc(paragraph(text("x", [{ type: "strike" }])))],
    ["a script link", doc(paragraph(text("x", [{ type: "link", attrs: { href: "javascript:alert(1)" } }])))],
    ["an unknown attribute", doc({ type: "paragraph", attrs: { onclick: "x" } })],
    ["a heading level the page title uses", doc({ type: "heading", attrs: { level: 1 } })],
    ["text in the wrong place", doc(text("loose"))],
    ["an empty text node", doc(paragraph(text("")))],
    ["no doc at the root", paragraph()],
    ["not an object", "hello"],
  ])("refuses %s", (_name, input) => {
    expect(parseCompactDocument(input)).toMatchObject({ ok: false, problem: "invalid" });
  });

  it("refuses a document over 2 MB as too large", () => {
    const big = doc(...Array.from({ length: 30 }, () => paragraph(text("x".repeat(80_000)))));
    const result = parseCompactDocument(big);
    expect(result).toMatchObject({ ok: false, problem: "too_large" });
    expect(JSON.stringify(big).length).toBeGreaterThan(MAX_DOCUMENT_BYTES);
  });

  it("refuses absurd nesting before walking it with the schema", () => {
    let node: unknown = paragraph(text("bottom"));
    for (let i = 0; i < 200; i++) node = { type: "blockquote", content: [node] };
    expect(parseCompactDocument(doc(node))).toMatchObject({ ok: false, problem: "too_deep" });
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => typeof parseCompactDocument(value).ok === "boolean"),
    );
  });

  it("accepts any document built from allowed nodes", () => {
    const inline = fc.oneof(
      fc.string({ minLength: 1, maxLength: 20 }).map((value) => text(value)),
      fc.constantFrom({ type: "hardBreak" }),
      fc.string({ minLength: 1, maxLength: 5 }).map((value) => text(value, [{ type: "bold" }, { type: "italic" }])),
    );
    const para = fc.array(inline, { maxLength: 4 }).map((content) => paragraph(...content));
    const { blockNode } = fc.letrec((tie) => ({
      blockNode: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        para,
        fc.record({ type: fc.constant("heading"), attrs: fc.record({ level: fc.constantFrom(2, 3, 4) }) }),
        fc.array(tie("blockNode"), { maxLength: 3 }).map((content) => ({ type: "blockquote", content })),
        fc.array(tie("blockNode"), { maxLength: 3 }).map((content) => ({ type: "bulletList", content: [{ type: "listItem", content }] })),
      ),
    }));
    fc.assert(fc.property(fc.array(blockNode, { maxLength: 5 }), (blocks) => parseCompactDocument(doc(...blocks)).ok));
  });
});
