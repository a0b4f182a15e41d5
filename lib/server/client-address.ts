/**
 * The client's address from X-Forwarded-For. Next's own server appends the socket peer as the last
 * entry; each trusted proxy in front of the app appends one more, so we skip that many from the end.
 * Entries further left are written by the client and cannot be trusted.
 */
export function clientAddress(forwardedFor: string | null | undefined, trustedProxies: number): string {
  const hops = (forwardedFor ?? "").split(",").map((hop) => hop.trim()).filter(Boolean);
  return hops[hops.length - 1 - trustedProxies] ?? hops[0] ?? "unknown";
}
