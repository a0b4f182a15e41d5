/**
 * A municipality's slug is the first segment of its public address (`/{municipality}/{compact}`). The
 * app's own top-level routes are matched before the `[municipality]` route, so a municipality called
 * "portal" or "admin" would be shadowed by them and unreachable. These names are therefore refused.
 *
 * Keep this list in step with the folders and metadata files directly under `app/` (and inside route
 * groups such as `app/(public)`): `municipality-slug.test.ts` scans `app/` and fails when a route is
 * missing here.
 */
export const RESERVED_MUNICIPALITY_SLUGS = [
  // Top-level routes under app/.
  "admin",
  "api",
  "compacts",
  "invite",
  "portal",
  "relations",
  "reset-password",
  "sign-in",
  "survey",
  "w",
  "workshops",
  // Metadata routes generated from app/sitemap.ts, app/robots.ts and the like.
  "sitemap.xml",
  "robots.txt",
  "favicon.ico",
  "manifest.webmanifest",
  // app/.well-known (security.txt, RFC 9116).
  ".well-known",
  // Next.js' own assets, and names kept free for routes the app is likely to grow.
  "_next",
  "notifications",
  "settings",
  "account",
  "sign-out",
  "feed",
] as const;

const RESERVED = new Set<string>(RESERVED_MUNICIPALITY_SLUGS);

/** Lower-case letters and digits in words joined by single hyphens, 2–60 characters. */
export const MUNICIPALITY_SLUG_PATTERN = /^(?=.{2,60}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when the slug is taken by one of the app's own routes (compared without regard to case). */
export function isReservedMunicipalitySlug(slug: string): boolean {
  return RESERVED.has(slug.trim().toLowerCase());
}

/** Why a slug cannot be a municipality's address, or null when it can. */
export function municipalitySlugProblem(slug: string): "format" | "reserved" | null {
  if (isReservedMunicipalitySlug(slug)) return "reserved";
  if (!MUNICIPALITY_SLUG_PATTERN.test(slug)) return "format";
  return null;
}
