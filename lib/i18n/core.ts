/** Languages of the UI. Swedish first: it is the default everywhere. */
export const LOCALES = ["sv", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "sv";
export const LOCALE_COOKIE = "locale";

export type MessageTree = { readonly [key: string]: string | MessageTree };
export type Params = Record<string, string | number>;
export type Translate = (key: string, params?: Params) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Looks a dotted key up in a message tree; undefined when it is missing or not a leaf. */
export function lookup(messages: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = messages;
  for (const part of key.split(".")) {
    if (node === undefined || typeof node === "string") return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** Replaces `{name}` placeholders; an unknown placeholder is left as it is so the gap is visible. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * A translate function over one language's messages. A missing key shows the key itself (never
 * crashes a page); the test suite makes sure no key is missing in either language.
 */
export function createTranslator(messages: MessageTree): Translate {
  return (key, params) => interpolate(lookup(messages, key) ?? key, params);
}

/** Every leaf key of a message tree, dotted. */
export function flattenKeys(messages: MessageTree, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [path] : flattenKeys(value, path);
  });
}

/** Picks the language: the visitor's own choice (cookie) wins, then the installation's default. */
export function resolveLocale(choice: string | undefined, fallback: string | undefined): Locale {
  if (isLocale(choice)) return choice;
  return isLocale(fallback) ? fallback : DEFAULT_LOCALE;
}
