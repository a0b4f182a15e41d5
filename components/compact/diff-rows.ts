/**
 * Grouping the rows of a side-by-side comparison so that long stretches of unchanged paragraphs can
 * be folded away, keeping a little context around every change (as code review tools do).
 */

export type RowGroup<T> = { folded: boolean; rows: T[] };

export type FoldOptions = {
  /** Unchanged rows kept visible on each side of a change. */
  context: number;
  /** The shortest run of unchanged rows worth folding; shorter runs stay visible. */
  minFolded: number;
};

export const DEFAULT_FOLD: FoldOptions = { context: 1, minFolded: 3 };

/**
 * Splits rows into visible and folded groups, in order, without losing or reordering any row.
 * A row stays visible when it is changed or lies within `context` rows of a change; a run of other
 * rows is folded only when it has at least `minFolded` rows. When nothing changed, everything folds
 * (the caller says "identical" instead of showing the text twice).
 */
export function foldUnchangedRows<T>(
  rows: readonly T[],
  isChanged: (row: T) => boolean,
  options: FoldOptions = DEFAULT_FOLD,
): RowGroup<T>[] {
  const visible = rows.map(() => false);
  rows.forEach((row, index) => {
    if (!isChanged(row)) return;
    const from = Math.max(0, index - options.context);
    const to = Math.min(rows.length - 1, index + options.context);
    for (let i = from; i <= to; i++) visible[i] = true;
  });

  const groups: RowGroup<T>[] = [];
  let start = 0;
  while (start < rows.length) {
    let end = start;
    while (end + 1 < rows.length && visible[end + 1] === visible[start]) end++;
    const run = rows.slice(start, end + 1);
    const folded = !visible[start] && run.length >= options.minFolded;
    const last = groups[groups.length - 1];
    if (last && !last.folded && !folded) last.rows.push(...run);
    else groups.push({ folded, rows: run });
    start = end + 1;
  }
  return groups;
}
