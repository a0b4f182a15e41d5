import { describe, expect, it } from "vitest";
import { textToDoc } from "./rule-cases";
import { analyseText, docBlocks, isNegated, normalise, rx } from "./text";

describe("the text as blocks and sentences", () => {
  it("numbers every text block in order and gives list items their heading or lead as context", () => {
    const blocks = docBlocks(textToDoc("# Kommunens åtaganden\nKommunen åtar sig att:\n- ge lokaler\n- ge bidrag\n# Uppföljning\nVarje år."));
    expect(blocks.map((b) => [b.index, b.kind, b.text, b.context])).toEqual([
      [0, "heading", "Kommunens åtaganden", ""],
      [1, "paragraph", "Kommunen åtar sig att:", "Kommunens åtaganden"],
      [2, "listItem", "ge lokaler", "Kommunens åtaganden Kommunen åtar sig att:"],
      [3, "listItem", "ge bidrag", "Kommunens åtaganden Kommunen åtar sig att:"],
      [4, "heading", "Uppföljning", ""],
      [5, "paragraph", "Varje år.", "Uppföljning"],
    ]);
  });

  it("reads tables and hard breaks", () => {
    const doc = {
      type: "doc",
      content: [
        { type: "table", content: [{ type: "tableRow", content: [{ type: "tableCell", content: [{ type: "paragraph", content: [{ type: "text", text: "Cell" }] }] }] }] },
        { type: "paragraph", content: [{ type: "text", text: "Rad ett" }, { type: "hardBreak" }, { type: "text", text: "Rad två" }] },
      ],
    };
    expect(analyseText(doc).sentences.map((s) => [s.blockIndex, s.text])).toEqual([
      [0, "Cell"],
      [1, "Rad ett"],
      [1, "Rad två"],
    ]);
  });

  it("splits sentences only before a capital or a digit, so abbreviations stay whole", () => {
    const { sentences } = analyseText(textToDoc("Vi träffas t.ex. i stadshuset. Kommunen bjuder in! 2028 ses den över."));
    expect(sentences.map((s) => s.text)).toEqual(["Vi träffas t.ex. i stadshuset.", "Kommunen bjuder in!", "2028 ses den över."]);
  });

  it("normalises case, dashes, quotes and spaces", () => {
    expect(normalise("Gäller  2027–2030 och ”Kommunens” ’mål’")).toBe("gäller 2027-2030 och ”kommunens” 'mål'");
  });
});

describe("Swedish word boundaries", () => {
  it.each([
    [String.raw`\bår\b`, "vart tredje år", true],
    [String.raw`\bår\b`, "vart tredje året", false],
    [String.raw`\bår\b`, "sommar", false],
    [String.raw`\bsjälvständig\w*`, "föreningarnas självständighet", true],
    [String.raw`\b\w*bidrag\w*`, "föreningsbidragen", true],
    [String.raw`\bstöd(?:et)?\b`, "stödjer", false],
  ])("%s in %j → %s", (source, text, expected) => {
    expect(rx(source).test(text)).toBe(expected);
  });
});

describe("negation", () => {
  const at = (sentence: string, term: string) => {
    const norm = normalise(sentence);
    const start = norm.indexOf(term);
    return isNegated(norm, start, start + term.length);
  };
  it.each([
    ["Överenskommelsen ska inte ses över.", "ses över", true],
    ["Överenskommelsen revideras inte.", "revideras", true],
    ["Det finns ingen plan för revidering.", "revidering", true],
    ["The compact will not be reviewed.", "reviewed", true],
    ["The council won't meet.", "meet", true],
    ["Överenskommelsen ska ses över vart tredje år.", "ses över", false],
    ["Inte bara idrottsföreningar kan ansluta sig.", "ansluta", false],
    ["The compact is reviewed no later than 2030.", "reviewed no later than 2030", false],
    ["Vi har inga lokaler, men vi ses över kaffe varje vecka.", "ses över", false],
    ["Ingen vet i dag hur många föreningar i kommunen som till slut vill ansluta sig.", "ansluta", false],
  ])("%j, %j → %s", (sentence, term, expected) => {
    expect(at(sentence, term)).toBe(expected);
  });
});
