/**
 * Comparing two versions of a compact's text, word by word, inline and side by side. The diffing
 * itself is jsdiff's; this module shapes its output for the two views.
 *
 * Invariant both views rely on: joining the "same" and "removed" parts gives the old text exactly,
 * and joining "same" and "added" gives the new text exactly, so each column shows a version verbatim.
 */
import { diffArrays, diffWordsWithSpace } from "diff";

export type DiffKind = "same" | "added" | "removed";
export type DiffPart = { kind: DiffKind; text: string };

/**
 * Word diff of two texts. Whitespace-only gaps between two changes are folded into the change, so
 * replacing a phrase reads as one deletion and one addition instead of a word-by-word zigzag.
 */
export function diffWords(oldText: string, newText: string): DiffPart[] {
  const parts: DiffPart[] = diffWordsWithSpace(oldText, newText).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
  return mergeChangeRuns(parts);
}

function mergeChangeRuns(parts: readonly DiffPart[]): DiffPart[] {
  const result: DiffPart[] = [];
  let removed = "";
  let added = "";
  const flush = () => {
    if (removed) result.push({ kind: "removed", text: removed });
    if (added) result.push({ kind: "added", text: added });
    removed = "";
    added = "";
  };
  parts.forEach((part, index) => {
    const inChangeRun = removed !== "" || added !== "";
    const next = parts[index + 1];
    const nextIsChange = next !== undefined && next.kind !== "same";
    if (part.kind === "removed") removed += part.text;
    else if (part.kind === "added") added += part.text;
    else if (inChangeRun && nextIsChange && part.text.trim() === "") {
      // Whitespace kept between two changes belongs to both sides of the change.
      removed += part.text;
      added += part.text;
    } else {
      flush();
      result.push(part);
    }
  });
  flush();
  return result.filter((part) => part.text !== "");
}

export type SideBySideRow = {
  kind: "same" | "changed" | "added" | "removed";
  /** The old paragraph's parts (same + removed), or null when the row only exists in the new text. */
  old: DiffPart[] | null;
  /** The new paragraph's parts (same + added), or null when the row only exists in the old text. */
  new: DiffPart[] | null;
  /** 1-based paragraph numbers, for "paragraph 4" labels and anchors. */
  oldNumber: number | null;
  newNumber: number | null;
};

/**
 * Rows for a two-column view, one per paragraph (line). Paragraphs are first matched as wholes; a
 * run of removed paragraphs followed by added ones is paired up row by row and word-diffed, so an
 * edited paragraph sits beside its earlier wording. Leftovers stand alone on one side.
 */
export function sideBySide(oldText: string, newText: string): SideBySideRow[] {
  const rows: SideBySideRow[] = [];
  const counters = { old: 0, new: 0 };
  let removedRun: string[] = [];
  for (const change of diffArrays(toParagraphs(oldText), toParagraphs(newText))) {
    if (change.removed) {
      removedRun = [...removedRun, ...change.value];
    } else if (change.added) {
      rows.push(...pairedRows(removedRun, change.value, counters));
      removedRun = [];
    } else {
      rows.push(...pairedRows(removedRun, [], counters));
      removedRun = [];
      rows.push(...change.value.map((text) => sameRow(text, counters)));
    }
  }
  rows.push(...pairedRows(removedRun, [], counters));
  return rows;
}

function toParagraphs(text: string): string[] {
  return text === "" ? [] : text.replace(/\r\n?/g, "\n").split("\n");
}

/** One side of a word diff: the parts without the other side's changes, neighbours of a kind joined. */
function column(parts: readonly DiffPart[], leaveOut: DiffKind): DiffPart[] {
  const result: DiffPart[] = [];
  for (const part of parts) {
    if (part.kind === leaveOut) continue;
    const last = result[result.length - 1];
    if (last && last.kind === part.kind) last.text += part.text;
    else result.push({ ...part });
  }
  return result;
}

type Counters = { old: number; new: number };

/** A paragraph as one part of the given kind; an empty paragraph has no parts. */
function whole(kind: DiffKind, text: string): DiffPart[] {
  return text === "" ? [] : [{ kind, text }];
}

function sameRow(text: string, counters: Counters): SideBySideRow {
  return { kind: "same", old: whole("same", text), new: whole("same", text), oldNumber: ++counters.old, newNumber: ++counters.new };
}

function pairedRows(removed: readonly string[], added: readonly string[], counters: Counters): SideBySideRow[] {
  const rows: SideBySideRow[] = [];
  for (let i = 0; i < Math.max(removed.length, added.length); i++) {
    const before = removed[i];
    const after = added[i];
    if (before !== undefined && after !== undefined) {
      const parts = diffWords(before, after);
      rows.push({
        kind: "changed",
        old: column(parts, "added"),
        new: column(parts, "removed"),
        oldNumber: ++counters.old,
        newNumber: ++counters.new,
      });
    } else if (before !== undefined) {
      rows.push({ kind: "removed", old: whole("removed", before), new: null, oldNumber: ++counters.old, newNumber: null });
    } else if (after !== undefined) {
      rows.push({ kind: "added", old: null, new: whole("added", after), oldNumber: null, newNumber: ++counters.new });
    }
  }
  return rows;
}
