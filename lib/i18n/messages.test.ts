import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTranslator, flattenKeys, interpolate, lookup, resolveLocale } from "./core";
import { MESSAGES } from "./messages";

const sv = flattenKeys(MESSAGES.sv);
const en = flattenKeys(MESSAGES.en);

/** Every source file of the app, to find the keys it asks for. */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ["node_modules", "generated", ".next"].includes(entry.name) ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
  });
}

describe("translations", () => {
  it("has every Swedish key in English", () => {
    expect(sv.filter((key) => !en.includes(key))).toEqual([]);
  });
  it("has every English key in Swedish", () => {
    expect(en.filter((key) => !sv.includes(key))).toEqual([]);
  });
  it("uses the same placeholders in both languages", () => {
    const placeholders = (text: string | undefined) => [...(text ?? "").matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const mismatched = sv.filter((key) => placeholders(lookup(MESSAGES.sv, key)).join() !== placeholders(lookup(MESSAGES.en, key)).join());
    expect(mismatched).toEqual([]);
  });
  it("has no empty messages", () => {
    expect(sv.filter((key) => !lookup(MESSAGES.sv, key)?.trim())).toEqual([]);
    expect(en.filter((key) => !lookup(MESSAGES.en, key)?.trim())).toEqual([]);
  });
  it("has a message for every literal key the code asks for", () => {
    const root = path.resolve(__dirname, "../..");
    const files = ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(root, dir)));
    const used = new Set<string>();
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8");
      for (const match of text.matchAll(/\bt\(\s*"([a-zA-Z_]+(?:\.[a-zA-Z_]+)+)"/g)) used.add(match[1]!);
      for (const match of text.matchAll(/"(errors\.[a-zA-Z_]+(?:\.[a-zA-Z_]+)*)"/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => lookup(MESSAGES.sv, key) === undefined)).toEqual([]);
  });
});

describe("translator", () => {
  it("fills placeholders and shows the key itself when a message is missing", () => {
    const t = createTranslator({ greeting: "Hej {name}!" });
    expect(t("greeting", { name: "Tove" })).toBe("Hej Tove!");
    expect(t("missing.key")).toBe("missing.key");
  });
  it("leaves unknown placeholders visible", () => {
    expect(interpolate("{a} och {b}", { a: 1 })).toBe("1 och {b}");
  });
  it("prefers the visitor's choice, then the default, then Swedish", () => {
    expect(resolveLocale("en", "sv")).toBe("en");
    expect(resolveLocale(undefined, "en")).toBe("en");
    expect(resolveLocale("xx", "yy")).toBe("sv");
  });
});
