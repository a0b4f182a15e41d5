/** A fresh nonce for one response's Content-Security-Policy. */
export function newNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString("base64");
}

/**
 * The Content-Security-Policy for one response. Scripts run only with this request's nonce (Next adds
 * it to its own scripts); nothing may frame the app; forms post only to ourselves.
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean; https: boolean; collabUrl?: string }): string {
  const collab = collabOrigin(options.collabUrl ?? process.env.COLLAB_PUBLIC_URL ?? "ws://localhost:3001");
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // React and Radix position popovers with style attributes; attributes cannot carry script.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    // The co-editing server is a websocket on its own port (or path): the editor connects there.
    `connect-src 'self'${collab ? ` ${collab}` : ""}${options.dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The ws:// or wss:// origin of the co-editing server; nothing for a value that is not one. */
function collabOrigin(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "ws:" || parsed.protocol === "wss:" ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** Headers every response carries. */
export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};
