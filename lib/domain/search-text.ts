/**
 * The portal's search folds case the same way on both databases: the PublishedCompact triggers store
 * lower(replace(…'Å'→'å', 'Ä'→'ä', 'Ö'→'ö', 'É'→'é', 'Ü'→'ü')) of title and summary, because SQLite's
 * lower() knows only ASCII. A search term is folded here by exactly that rule, so "ÖREBRO", "Örebro"
 * and "örebro" find the same compacts on SQLite and on PostgreSQL.
 */
const FOLDED: Record<string, string> = { Å: "å", Ä: "ä", Ö: "ö", É: "é", Ü: "ü" };

export function foldSearchText(text: string): string {
  return text.trim().replace(/[A-ZÅÄÖÉÜ]/g, (c) => FOLDED[c] ?? c.toLowerCase());
}
