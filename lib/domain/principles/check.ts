/**
 * The six-principles check of a compact version: runs every rule over the text and the drafting
 * facts, and sums the result up for the lifecycle gate and the summary on the compact page.
 */
import type { Sector } from "../roles";
import { checkAutonomy } from "./autonomy";
import { checkDialogue } from "./dialogue";
import { checkDiversity } from "./diversity";
import { checkLongterm } from "./longterm";
import { checkOpenness } from "./openness";
import { checkQuality } from "./quality";
import { DEFAULT_PRINCIPLE_OPTIONS, PRINCIPLES, SEVERITIES, type Finding, type Principle, type PrincipleCheckInput, type PrincipleCheckOptions } from "./rules";
import { analyseText } from "./text";

/**
 * Every finding for the version, ordered by principle (in the national compact's order) and then by
 * severity, blocking first. Pure: the same input always gives the same findings.
 */
export function checkPrinciples(input: PrincipleCheckInput, options: Partial<PrincipleCheckOptions> = {}): Finding[] {
  const settings = { ...DEFAULT_PRINCIPLE_OPTIONS, ...options };
  const text = analyseText(input.doc);
  const findings = [
    ...checkAutonomy(text),
    ...checkDialogue(text, input),
    ...checkQuality(text),
    ...checkLongterm(text, settings),
    ...checkOpenness(text, input),
    ...checkDiversity(text, input, settings),
  ];
  const rank = (f: Finding) => PRINCIPLES.indexOf(f.principle) * SEVERITIES.length + SEVERITIES.indexOf(f.severity);
  return findings.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
}

export function findingsOf(findings: readonly Finding[], principle: Principle): Finding[] {
  return findings.filter((f) => f.principle === principle);
}

/** A sector's override of the blocking findings of one version. */
export type OverrideMark = { sector: Sector };

export type GateStatus = {
  /** Blocking findings in the check. */
  blocking: number;
  warnings: number;
  notes: number;
  /** Both sectors have recorded an override for this version. */
  overridden: boolean;
  /** Blocking findings that still stop the move to decision: none once both sectors override. */
  standing: number;
};

/**
 * What the lifecycle gate needs: blocking findings stop formulation → decision unless both sectors
 * recorded an override for the version. One sector alone can never wave the check through.
 */
export function gateStatus(findings: readonly Finding[], overrides: readonly OverrideMark[]): GateStatus {
  const count = (severity: Finding["severity"]) => findings.filter((f) => f.severity === severity).length;
  const overridden = overrides.some((o) => o.sector === "public") && overrides.some((o) => o.sector === "civil");
  const blocking = count("blocking");
  return { blocking, warnings: count("warning"), notes: count("note"), overridden, standing: overridden ? 0 : blocking };
}
