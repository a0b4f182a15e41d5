import { describe, it, expect } from "vitest";
import { createHash } from "node:crypto";
import fc from "fast-check";
import { canonicalJson, fingerprintDocument, matchesFingerprint } from "./fingerprint";
import { plainTextToDoc } from "./document";

describe("canonicalJson", () => {
  it("sorts keys at every depth and leaves out whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: "å" } })).toBe(
      '{"a":{"c":"å","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it("follows JSON for undefined, toJSON and odd numbers", () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}');
    expect(canonicalJson({ at: new Date("2024-01-02T03:04:05.000Z") })).toBe('{"at":"2024-01-02T03:04:05.000Z"}');
    expect(canonicalJson([Number.NaN, -0, 1e21])).toBe("[null,0,1e+21]");
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });

  it("parses back to the same value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe("fingerprintDocument", () => {
  const doc = plainTextToDoc("# Överenskommelse\nKommunen och föreningarna möts fyra gånger om året.");

  it("is the hex SHA-256 of the canonical JSON", () => {
    const expected = createHash("sha256").update(canonicalJson(doc), "utf8").digest("hex");
    expect(fingerprintDocument(doc)).toBe(expected);
    expect(fingerprintDocument(doc)).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprintDocument({})).toBe("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
  });

  it("does not depend on key order", () => {
    const reordered = JSON.parse(
      '{"content":[{"content":[{"text":"Överenskommelse","type":"text"}],"attrs":{"level":1},"type":"heading"},' +
        '{"content":[{"text":"Kommunen och föreningarna möts fyra gånger om året.","type":"text"}],"type":"paragraph"}],"type":"doc"}',
    );
    expect(fingerprintDocument(reordered)).toBe(fingerprintDocument(doc));
  });

  it("changes with any change to the content", () => {
    const changed = plainTextToDoc("# Överenskommelse\nKommunen och föreningarna möts tre gånger om året.");
    expect(fingerprintDocument(changed)).not.toBe(fingerprintDocument(doc));
    // Same letters, other Unicode form: the fingerprint proves the stored text, so it differs.
    expect(fingerprintDocument({ t: "å" })).not.toBe(fingerprintDocument({ t: "a\u030A" }));
  });

  it("is checked case-insensitively by matchesFingerprint", () => {
    expect(matchesFingerprint(doc, ` ${fingerprintDocument(doc).toUpperCase()} `)).toBe(true);
    expect(matchesFingerprint(doc, fingerprintDocument({}))).toBe(false);
  });
});
