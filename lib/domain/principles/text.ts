/**
 * The compact's text prepared for the principle rules: blocks in document order, split into
 * sentences, each with a normalised form to match against, and a clause finder that ignores
 * sentences which negate what they mention ("ska inte ses över", "will not be reviewed").
 */
import type { DocNode } from "../document";
import type { FindingLocation } from "./rules";

export type BlockKind = "heading" | "paragraph" | "listItem";

/** A text block (paragraph, heading, list item, table cell paragraph), numbered in document order. */
export type TextBlock = {
  index: number;
  kind: BlockKind;
  text: string;
  /** The nearest heading above, or the paragraph introducing a list ("Kommunen åtar sig att:"). */
  context: string;
};

export type Sentence = {
  blockIndex: number;
  kind: BlockKind;
  text: string;
  /** Lower case, one kind of dash and quote, single spaces: what the patterns run on. */
  norm: string;
  /** Normalised context of the block (see TextBlock). */
  context: string;
};

export type AnalysedText = { blocks: TextBlock[]; sentences: Sentence[] };

const INLINE = new Set(["text", "hardBreak"]);

function isTextBlock(node: DocNode): boolean {
  if (node.type === "paragraph" || node.type === "heading") return true;
  return (node.content ?? []).length > 0 && (node.content ?? []).every((child) => INLINE.has(child.type));
}

function inlineText(node: DocNode): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  return (node.content ?? []).map(inlineText).join("");
}

/** Every text block of the document in order, each numbered, with the context the rules need. */
export function docBlocks(doc: DocNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  let heading = "";
  let lead = "";
  const visit = (node: DocNode, inList: boolean) => {
    if (isTextBlock(node)) {
      const text = inlineText(node);
      const kind: BlockKind = node.type === "heading" ? "heading" : inList ? "listItem" : "paragraph";
      const context = kind === "listItem" ? [heading, lead].join(" ").trim() : kind === "heading" ? "" : heading;
      blocks.push({ index: blocks.length, kind, text, context });
      if (kind === "heading") [heading, lead] = [text, ""];
      else if (kind === "paragraph") lead = text.trim().endsWith(":") ? text : "";
      return;
    }
    for (const child of node.content ?? []) visit(child, inList || node.type === "listItem");
  };
  visit(doc, false);
  return blocks;
}

/** Lower case, NFC, every dash as "-", typographic quotes as plain ones, single spaces. */
export function normalise(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u2018\u2019\u00b4`]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

// A full stop ends a sentence only before a capital or a digit, so "t.ex. kommunen" stays whole.
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}\d"“(])/u;

/** The text split into blocks and sentences. */
export function analyseText(doc: DocNode): AnalysedText {
  const blocks = docBlocks(doc);
  const sentences = blocks.flatMap((block) =>
    block.text
      .split("\n")
      .flatMap((line) => line.split(SENTENCE_END))
      .map((text) => text.trim())
      .filter((text) => text.length > 0)
      .map((text) => ({ blockIndex: block.index, kind: block.kind, text, norm: normalise(text), context: normalise(block.context) })),
  );
  return { blocks, sentences };
}

// JavaScript's \b and \w know only ASCII, so "år" or "självständig" would never match them. The
// patterns run on lower-cased text, so digits and the lower-case Latin letters (with ß-ö and ø-ÿ for
// å, ä, ö, é, ü …) are enough; a \p{L} class here costs a tenth of a second per pattern to compile.
const WORD_CHAR = "0-9a-z\\u00df-\\u00f6\\u00f8-\\u00ff";
const WORD = `[${WORD_CHAR}]`;
const WORD_START = `(?<!${WORD})`;
const WORD_END = `(?!${WORD})`;

/**
 * A Unicode-aware pattern: `\b` and `\w` (outside character classes) understand å, ä and ö. A `\b`
 * before a letter, `\w`, `$` or a group opens a word, any other closes one (one lookaround instead
 * of four). A named group `scope` narrows where negation is looked for (and turns on match indices).
 */
export function rx(source: string): RegExp {
  const flags = source.includes("(?<scope>") ? "gud" : "gu";
  const pattern = source
    .replace(/\\b(?=[\p{L}\d(]|\\w|\\d)/gu, WORD_START)
    .replaceAll(String.raw`\b`, WORD_END)
    .replaceAll(String.raw`\w`, WORD);
  return new RegExp(pattern, flags);
}

/**
 * A weaker, faster pattern that matches wherever `source` does: the same without word boundaries
 * (except before an open stem start, \w*, where the boundary is what keeps it fast). Used to skip
 * sentences the full pattern cannot match.
 */
export function loose(source: string): RegExp {
  return rx(source.replace(/\\b(?!\\w)/g, ""));
}

const NEGATORS = new Set(["inte", "ej", "icke", "aldrig", "ingen", "inget", "inga", "varken", "not", "no", "never", "none", "neither", "nor", "cannot"]);
/** "inte bara", "no later than", "inte förrän": a negator before these limits, it does not deny. */
const LIMITERS = new Set([
  "bara", "enbart", "endast", "blott", "förrän", "senare", "tidigare", "mer", "mindre", "färre", "längre", "kortare",
  "only", "just", "merely", "until", "later", "earlier", "more", "less", "fewer", "longer", "shorter",
]);
const CLAUSE_WORDS = new Set(["men", "but", "medan", "while", "whereas", "fast", "although"]);
/** How far back, in words, a negator still belongs to the clause it denies. */
const NEGATION_REACH = 6;

type Token = { word: string; start: number; end: number };

function tokens(norm: string): Token[] {
  return [...norm.matchAll(/[\p{L}\p{N}]+(?:'[\p{L}]+)?|[,;:()]/gu)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

function isNegator(list: Token[], i: number): boolean {
  const word = list[i]!.word;
  if (!NEGATORS.has(word) && !word.endsWith("n't")) return false;
  const next = list[i + 1]?.word;
  return !(next && LIMITERS.has(next));
}

const isBoundary = (token: Token) => /^[,;:()]$/.test(token.word) || CLAUSE_WORDS.has(token.word);

/**
 * Whether the span [start, end) of a sentence is denied: a negator inside it, up to six words before
 * it in the same clause, or right after it ("revideras inte"). Commas and "men"/"but" end a clause.
 */
export function isNegated(norm: string, start: number, end: number): boolean {
  const list = tokens(norm);
  const first = list.findIndex((t) => t.end > start);
  if (first < 0) return false;
  for (let i = first - 1, seen = 0; i >= 0 && seen < NEGATION_REACH && !isBoundary(list[i]!); i--, seen++) {
    if (isNegator(list, i)) return true;
  }
  let i = first;
  for (; i < list.length && list[i]!.start < end; i++) if (isNegator(list, i)) return true;
  for (let after = 0; i < list.length && after < 2 && !isBoundary(list[i]!); i++, after++) if (isNegator(list, i)) return true;
  return false;
}

/**
 * A pattern to look for in a sentence; `negatable: false` for phrasings that use a negation to
 * affirm. `requires` are cheap patterns that must all occur before the full one is tried: a pattern
 * with a gap between two word lists is slow, and most sentences lack one of the lists anyway.
 */
export type Clause = { pattern: RegExp; negatable?: boolean; requires?: readonly RegExp[] };

/** A clause of parts in this order with up to `gap` characters between them (never across a ";"). */
export function sequence(parts: readonly string[], options: { gap?: number; negatable?: boolean } = {}): Clause {
  const gap = `[^;]{0,${options.gap ?? 100}}?`;
  return { pattern: rx(parts.join(gap)), requires: parts.map(loose), ...(options.negatable === undefined ? {} : { negatable: options.negatable }) };
}

function occurs(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}
export type Hit = { sentence: Sentence; match: RegExpExecArray };

function scopeOf(match: RegExpExecArray): [number, number] {
  const scope = match.indices?.groups?.scope;
  return scope ?? [match.index, match.index + match[0].length];
}

/** The first match of the clause in the sentence that is not negated, or null. */
export function matchClause(sentence: Sentence, clause: Clause): RegExpExecArray | null {
  if (clause.requires && !clause.requires.every((part) => occurs(part, sentence.norm))) return null;
  for (const match of sentence.norm.matchAll(clause.pattern)) {
    const [start, end] = scopeOf(match);
    if (clause.negatable === false || !isNegated(sentence.norm, start, end)) return match;
  }
  return null;
}

/**
 * Every sentence that states one of the clauses (not negated), in text order. Headings only name a
 * topic, so they never count as stating anything unless asked for.
 */
export function findHits(text: AnalysedText, clauses: readonly Clause[], options: { headings?: boolean } = {}): Hit[] {
  const hits: Hit[] = [];
  for (const sentence of text.sentences) {
    if (sentence.kind === "heading" && !options.headings) continue;
    for (const clause of clauses) {
      const match = matchClause(sentence, clause);
      if (match) {
        hits.push({ sentence, match });
        break;
      }
    }
  }
  return hits;
}

export function hasHit(text: AnalysedText, clauses: readonly Clause[]): boolean {
  return findHits(text, clauses).length > 0;
}

const EXCERPT_LENGTH = 200;

/** Where a finding applies: the sentence's block and the sentence itself, shortened if long. */
export function locationOf(sentence: Sentence): FindingLocation {
  const excerpt = sentence.text.length > EXCERPT_LENGTH ? `${sentence.text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : sentence.text;
  return { blockIndex: sentence.blockIndex, excerpt };
}
