/**
 * The top-level routes that only members use (sign-in, forms, drafts, administration). Search engines
 * are asked not to crawl them; the pages also carry `noindex`, which is what keeps them out of an index.
 */
export const MEMBER_ROUTES = ["admin", "compacts", "invite", "relations", "reset-password", "sign-in", "survey", "w", "workshops"] as const;

/**
 * robots.txt Disallow lines. Each route is written as "/route/" and "/route$" (RFC 9309 patterns) rather
 * than a bare prefix, because "/w" would also match a municipality called "wadkoping". The API is closed
 * except the open data under /api/v1/, which the Allow line of the longer match opens again.
 */
export const ROBOTS_DISALLOWED_PATHS: readonly string[] = [...MEMBER_ROUTES.flatMap((route) => [`/${route}/`, `/${route}$`]), "/api/"];
export const ROBOTS_ALLOWED_PATHS: readonly string[] = ["/", "/api/v1/"];
