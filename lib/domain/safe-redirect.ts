/**
 * Only same-site paths are followed after sign-in: "/compacts/1" yes, "https://evil.example" or
 * "//evil.example" no (an open redirect would make phishing links look like ours).
 */
export function safeCallbackPath(value: string | undefined, fallback = "/"): string {
  if (!value) return fallback;
  let path = value;
  try {
    // next-auth may hand back an absolute URL on our own origin; keep only its path.
    if (/^https?:\/\//i.test(value)) {
      const url = new URL(value);
      path = url.pathname + url.search;
    }
  } catch {
    return fallback;
  }
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}
