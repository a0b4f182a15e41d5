/**
 * Shared by the rule tests: run the whole check on a text and see whether one rule fires. Kept out
 * of the *.test.ts files so every principle's table reads the same way.
 */
import { plainTextToDoc, type Doc, type DocNode } from "../document";
import { checkPrinciples } from "./check";
import type { Finding, PrincipleCheckInput, PrincipleCheckOptions, RuleId } from "./rules";

/**
 * One row of a rule's table. `kind` says what the text does with the thing the rule looks for:
 * `positive` states it, `negative` does not contain it, `negated` denies it, `mention` only names it.
 * `fires` is whether the rule's finding is expected.
 */
export type RuleCase = { lang: "sv" | "en"; kind: "positive" | "negative" | "negated" | "mention"; text: string; fires: boolean };

const NO_FACTS: Omit<PrincipleCheckInput, "doc"> = { organisations: [], participation: [] };

/** The findings of one rule for a plain text ("# " starts a heading, "- " nothing special). */
export function findingsFor(rule: RuleId, text: string, facts: Partial<Omit<PrincipleCheckInput, "doc">> = {}, options: Partial<PrincipleCheckOptions> = {}): Finding[] {
  return checkPrinciples({ ...NO_FACTS, ...facts, doc: textToDoc(text) }, options).filter((f) => f.rule === rule);
}

/** Like plainTextToDoc, plus "- " lines as bullet list items, so list context can be tested. */
export function textToDoc(text: string): Doc {
  const doc = plainTextToDoc(text);
  const content: DocNode[] = [];
  for (const block of doc.content ?? []) {
    const line = block.content?.[0]?.text ?? "";
    if (block.type === "paragraph" && line.startsWith("- ")) {
      const item: DocNode = { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: line.slice(2) }] }] };
      const last = content.at(-1);
      if (last?.type === "bulletList") last.content!.push(item);
      else content.push({ type: "bulletList", content: [item] });
    } else content.push(block);
  }
  return { ...doc, content };
}
