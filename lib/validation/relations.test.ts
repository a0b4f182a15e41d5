import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatSince, RELATION_KINDS, RELATION_TYPES } from "@/lib/domain/relations";
import { lookup } from "@/lib/i18n/core";
import { MESSAGES } from "@/lib/i18n/messages";
import {
  amountSchema,
  csvRowSchema,
  MAX_AMOUNT,
  relationRowSchema,
  rowsFromForm,
  saveRelationsSchema,
  sinceSchema,
  volunteerEstimateSchema,
} from "./relations";

const messagesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

describe("since", () => {
  it("takes a year as 1 January and a date as that day, and refuses anything else", () => {
    expect(sinceSchema.parse("2015")).toEqual(new Date("2015-01-01T00:00:00Z"));
    expect(sinceSchema.parse(" 2015-03-12 ")).toEqual(new Date("2015-03-12T00:00:00Z"));
    expect(sinceSchema.parse("")).toBeNull();
    for (const bad of ["15", "2015-02-30", "2015-13-01", "1700", "12/3/2015", "sedan länge"]) {
      expect(sinceSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
  it("round-trips every valid date through the displayed form", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1800-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true }), (date) => {
        const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
        expect(sinceSchema.parse(formatSince(day))).toEqual(day);
      }),
    );
  });
});

describe("amount", () => {
  it("takes whole kronor as Swedes write them", () => {
    expect(amountSchema.parse("25 000")).toBe(25_000);
    expect(amountSchema.parse("25\u00a0000")).toBe(25_000);
    expect(amountSchema.parse("")).toBeNull();
    for (const bad of ["25,50", "-3", "tio", "3e5"]) expect(amountSchema.safeParse(bad).success, bad).toBe(false);
  });
  it("accepts every whole amount up to the limit, with or without thousands separators", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_AMOUNT }), fc.boolean(), (amount, grouped) => {
        const text = grouped ? amount.toLocaleString("sv-SE") : String(amount);
        expect(amountSchema.parse(text)).toBe(amount);
      }),
    );
    expect(amountSchema.safeParse(String(MAX_AMOUNT + 1)).success).toBe(false);
  });
});

describe("relation rows", () => {
  const row = { relationType: "consultation_body", relationKind: "grant_project", amount: "5000" };
  it("accepts every type × kind, and an amount on grants only", () => {
    for (const relationType of RELATION_TYPES) {
      for (const relationKind of RELATION_KINDS) {
        const result = relationRowSchema.safeParse({ relationType, relationKind, amount: "100" });
        expect(result.success, `${relationType} ${relationKind}`).toBe(relationKind.startsWith("grant_"));
        expect(relationRowSchema.safeParse({ relationType, relationKind }).success).toBe(true);
      }
    }
  });
  it("reports the amount on a non-grant with its own reason", () => {
    expect(messagesOf(relationRowSchema.safeParse({ ...row, relationKind: "dialogue" }))).toEqual(["amount: relations.errors.amountOnlyForGrants"]);
  });
  it("groups form fields into rows, so that field names and error paths agree", () => {
    const form = { organisationId: "o1", "rows.0.relationType": "other", "rows.0.relationKind": "dialogue", "rows.1.relationType": "nope", "rows.1.relationKind": "dialogue" };
    expect(rowsFromForm(form)).toEqual({
      organisationId: "o1",
      rows: [
        { relationType: "other", relationKind: "dialogue" },
        { relationType: "nope", relationKind: "dialogue" },
      ],
    });
    expect(messagesOf(saveRelationsSchema.safeParse(form))).toEqual(["rows.1.relationType: relations.errors.type"]);
    expect(saveRelationsSchema.parse({ organisationId: "o1" }).rows).toEqual([]);
  });
});

describe("CSV rows", () => {
  const valid = { organisation: "Föreningen Grannstöd", relation_type: "Consultation_Body ", relation_kind: "dialogue", committee: "", since: "2015", amount: "", note: "" };
  it("accepts keys in any case and reports each bad cell by column", () => {
    expect(csvRowSchema.parse(valid).relation_type).toBe("consultation_body");
    expect(messagesOf(csvRowSchema.safeParse({ ...valid, organisation: " ", relation_kind: "bidrag", since: "förr" }))).toEqual([
      "organisation: errors.field.required",
      "relation_kind: relations.errors.kind",
      "since: relations.errors.since",
    ]);
  });
});

describe("volunteer estimate input", () => {
  it("reads Swedish numbers and keeps the share as 0–1", () => {
    expect(volunteerEstimateSchema.parse({ residents: "12 400", sharePercent: "48,5", hoursPerWeek: "4", weeksPerYear: "52" })).toEqual({
      residents: 12_400,
      shareVolunteering: 0.485,
      hoursPerWeek: 4,
      weeksPerYear: 52,
    });
  });
  it("refuses what is out of range or not a number", () => {
    const base = { residents: "100", sharePercent: "48", hoursPerWeek: "4", weeksPerYear: "52" };
    expect(messagesOf(volunteerEstimateSchema.safeParse({ ...base, residents: "0", sharePercent: "101", hoursPerWeek: "fyra", weeksPerYear: "53" }))).toEqual([
      "residents: relations.errors.outOfRange",
      "sharePercent: relations.errors.outOfRange",
      "hoursPerWeek: relations.errors.decimal",
      "weeksPerYear: relations.errors.outOfRange",
    ]);
  });
});

describe("relations translation keys", () => {
  it("has a Swedish and an English message for every relations.* key the relations code names", () => {
    const root = path.resolve(__dirname, "../..");
    const files = [
      "lib/validation/relations.ts",
      ...fs.readdirSync(path.join(root, "lib/server/services/relations")).map((f) => `lib/server/services/relations/${f}`),
    ];
    const keys = new Set<string>();
    for (const file of files.filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
      const text = fs.readFileSync(path.join(root, file), "utf8");
      for (const match of text.matchAll(/"(relations\.[a-zA-Z_]+(?:\.[a-zA-Z_]+)+)"/g)) keys.add(match[1]!);
    }
    expect(keys.size).toBeGreaterThan(10);
    const missing = [...keys].filter((key) => lookup(MESSAGES.sv, key) === undefined || lookup(MESSAGES.en, key) === undefined);
    expect(missing).toEqual([]);
  });
});
