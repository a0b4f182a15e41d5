/** How long a security.txt stays valid (RFC 9116 §2.5.5 recommends less than a year). */
export const SECURITY_TXT_LIFETIME_MS = 365 * 24 * 60 * 60 * 1000;

/** The address security reports go to when SECURITY_CONTACT is not set: security@ the app's host. */
export function defaultSecurityContact(appUrl: string): string {
  return `mailto:security@${new URL(appUrl).hostname}`;
}

/**
 * The body of /.well-known/security.txt (RFC 9116): whom to tell about a vulnerability, until when
 * this file holds (a year from the request, so it never goes stale), the languages reports may be
 * written in, and where the file canonically lives.
 */
export function securityTxt(options: { appUrl: string; contact?: string; now: Date }): string {
  const canonical = new URL("/.well-known/security.txt", options.appUrl).toString();
  return [
    `Contact: ${options.contact ?? defaultSecurityContact(options.appUrl)}`,
    `Expires: ${new Date(options.now.getTime() + SECURITY_TXT_LIFETIME_MS).toISOString()}`,
    "Preferred-Languages: sv, en",
    `Canonical: ${canonical}`,
    "",
  ].join("\n");
}
