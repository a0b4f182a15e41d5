import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { lookup } from "@/lib/i18n/core";
import { checkPrinciples, gateStatus } from "./check";
import { PRINCIPLES, RULES, finding, type RuleId } from "./rules";
import { textToDoc } from "./rule-cases";

const facts = { organisations: [], participation: [] };

describe("the severity policy", () => {
  it("lets only a missing review and grants conditional on agreement block", () => {
    const blocking = Object.entries(RULES).filter(([, rule]) => rule.severity === "blocking").map(([id]) => id);
    expect(blocking.sort()).toEqual(["autonomy.fundingConditional", "longterm.noReview"]);
  });

  it("has every finding's explanation in Swedish and English, with the same placeholders", () => {
    for (const rule of Object.keys(RULES) as RuleId[]) {
      const { messageKey } = finding(rule);
      const sv = lookup(MESSAGES.sv, messageKey);
      const en = lookup(MESSAGES.en, messageKey);
      expect(sv, messageKey).toBeTruthy();
      expect(en, messageKey).toBeTruthy();
      const placeholders = (text?: string) => [...(text ?? "").matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(sv)).toEqual(placeholders(en));
    }
    for (const key of ["principles.errors.score", "principles.errors.versionChanged", "principles.errors.nothingToOverride", "principles.errors.alreadyOverridden"]) {
      expect(lookup(MESSAGES.sv, key), key).toBeTruthy();
    }
    for (const principle of PRINCIPLES) expect(lookup(MESSAGES.en, `principles.name.${principle}`)).toBeTruthy();
  });
});

describe("checkPrinciples", () => {
  it("orders findings by principle, blocking first, and finds an empty text blocking", () => {
    const findings = checkPrinciples({ ...facts, doc: textToDoc("") });
    const order = findings.map((f) => PRINCIPLES.indexOf(f.principle));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(findings.filter((f) => f.severity === "blocking").map((f) => f.rule)).toEqual(["longterm.noReview"]);
  });

  it("finds nothing blocking in a first draft that is followed up at a yearly dialogue forum, and sees the principles only named", () => {
    const draft = [
      "# Bakgrund och syfte",
      "Kommunen och den idéburna sektorn har samarbetat länge men utan gemensamma spelregler.",
      "# Principer",
      "- Självständighet och oberoende",
      "- Dialog",
      "- Långsiktighet",
      "# Uppföljning",
      "Överenskommelsen följs upp vid ett årligt dialogforum där båda sektorerna deltar.",
    ].join("\n");
    const findings = checkPrinciples({ ...facts, doc: textToDoc(draft) });
    expect(findings.filter((f) => f.severity === "blocking")).toEqual([]);
    expect(findings.map((f) => f.rule)).toContain("autonomy.noIndependence");
    expect(findings.map((f) => f.rule)).not.toContain("dialogue.noForum");
  });

  it("finds nothing at all to warn about in a compact written to the principles", () => {
    const text = [
      "# Parter och anslutning",
      "Alla föreningar och idéburna organisationer i Sjöberga kan ansluta sig genom ett styrelsebeslut.",
      "# Principer",
      "Föreningarna är självständiga och har rätt att kritisera kommunen.",
      "# Dialog",
      "Ett samverkansråd med företrädare för båda sektorerna träffas fyra gånger per år.",
      "# Åtaganden",
      "Kommunen ska ge föreningarna förutsägbara villkor. Åtagandena följs upp varje år i samverkansrådet.",
      "# Öppenhet",
      "Minnesanteckningar och uppföljningen publiceras på kommunens webbplats. Båda parter redovisar öppet hur bidragen används.",
      "# Giltighet",
      "Överenskommelsen gäller 2027–2030 och ses över vart tredje år.",
    ].join("\n");
    const organisations = [
      { id: "a", sector: "civil" as const, kind: "association" },
      { id: "b", sector: "civil" as const, kind: "faith" },
      { id: "c", sector: "civil" as const, kind: "foundation" },
    ];
    const findings = checkPrinciples({ doc: textToDoc(text), organisations, participation: [{ stage: "formulation", level: "dialogue" }] });
    expect(findings).toEqual([]);
  });

  it("never throws and always returns known rules, whatever the text", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { maxLength: 8 }), (lines) => {
        const findings = checkPrinciples({ ...facts, doc: textToDoc(lines.join("\n")) });
        return findings.every((f) => f.rule in RULES && f.messageKey === `principles.finding.${f.rule}`);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the gate", () => {
  const blocking = [finding("longterm.noReview"), finding("dialogue.noForum"), finding("quality.noCommitments")];
  it.each([
    { overrides: [], standing: 1, overridden: false },
    { overrides: [{ sector: "public" as const }], standing: 1, overridden: false },
    { overrides: [{ sector: "civil" as const }, { sector: "civil" as const }], standing: 1, overridden: false },
    { overrides: [{ sector: "public" as const }, { sector: "civil" as const }], standing: 0, overridden: true },
  ])("overrides $overrides → standing $standing", ({ overrides, standing, overridden }) => {
    expect(gateStatus(blocking, overrides)).toEqual({ blocking: 1, warnings: 1, notes: 1, overridden, standing });
  });
});
