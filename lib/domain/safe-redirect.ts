/**
 * Only same-site targets are followed after sign-in: "/compacts/1" yes; "https://evil.example",
 * "//evil.example", "/\evil.example", "/%09/evil.example" (a browser drops the tab and reads
 * "//evil.example") no. An open redirect would make phishing links look like ours.
 *
 * The target is resolved against the app's own origin (`origin`, APP_URL) and must keep that origin,
 * also after each layer of percent-decoding, so an encoded "//" or "\" cannot become another site
 * further along. Control characters, whitespace around the value and backslashes are refused, raw or
 * encoded. What comes back is always a path ("/…"), never an absolute URL.
 */
export function safeCallbackPath(value: string | undefined, origin = DEFAULT_ORIGIN, fallback = "/"): string {
  if (!value) return fallback;
  let own: string;
  try {
    own = new URL(origin).origin;
  } catch {
    return fallback;
  }
  if (UNSAFE_CHARACTERS.test(value) || value !== value.trim()) return fallback;
  let path = value;
  // next-auth may hand back an absolute URL on our own origin; keep only its path.
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    try {
      const url = new URL(value);
      if (url.origin !== own) return fallback;
      path = url.pathname + url.search + url.hash;
    } catch {
      return fallback;
    }
  }
  let layer = path;
  for (let depth = 0; depth < MAX_DECODING_LAYERS; depth++) {
    if (!isSameSitePath(layer, own)) return fallback;
    const next = decodeOnce(layer);
    if (next === layer) break;
    layer = next;
  }
  return path;
}

/** Used when the caller does not pass the app's origin: then only relative paths can match. */
const DEFAULT_ORIGIN = "http://app.invalid";
const MAX_DECODING_LAYERS = 4;
// C0 controls, DEL, C1 controls and backslashes.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\\]/;

function isSameSitePath(path: string, own: string): boolean {
  if (!path.startsWith("/") || /^\/[/\\]/.test(path)) return false;
  if (UNSAFE_CHARACTERS.test(path) || path !== path.trim()) return false;
  try {
    return new URL(path, own).origin === own;
  } catch {
    return false;
  }
}

/** One layer of percent-decoding; a value that is not valid percent-encoding stays as it is. */
function decodeOnce(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
