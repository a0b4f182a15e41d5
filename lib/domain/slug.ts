/**
 * A readable URL slug: Swedish letters folded (å→a, ä→a, ö→o), lower case, words joined by "-",
 * made unique against the slugs already taken by adding -2, -3, ...
 */
export function slugify(text: string, taken: ReadonlySet<string> = new Set()): string {
  const base =
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "overenskommelse";
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
