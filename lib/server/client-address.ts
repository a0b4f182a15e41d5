import { isIP } from "node:net";

/**
 * The request header that carries the caller's address inside the app. The app's own server
 * (scripts/server.ts) always overwrites it with clientAddress() of the socket and X-Forwarded-For, so
 * whatever a client sends under this name never reaches the app. Everything keyed on the caller's
 * address (failed sign-ins, workshop join codes) reads this header through readClientAddress().
 */
export const CLIENT_ADDRESS_HEADER = "x-overens-client-address";

/** What an address that cannot be known is counted as. */
export const UNKNOWN_ADDRESS = "unknown";

/**
 * One address in canonical form, or null for anything that is not an IP address: a port is dropped
 * ("192.0.2.1:443", "[2001:db8::1]:443"), IPv6 is lower-cased, and an IPv4-mapped IPv6 address
 * ("::ffff:192.0.2.1", as Node reports IPv4 peers on a dual-stack socket) becomes plain IPv4.
 */
export function normaliseAddress(raw: string | null | undefined): string | null {
  let value = (raw ?? "").trim();
  if (!value || value.length > 64) return null;
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed) value = bracketed[1] ?? "";
  else if (/^[\d.]+:\d{1,5}$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = value.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(value);
  if (mapped) value = mapped[1] ?? "";
  return isIP(value) ? value : null;
}

/**
 * The caller's address, from the address of the socket the request came in on, the X-Forwarded-For
 * header and how many proxies in front of the app are trusted. Each trusted proxy appends the address
 * it was connected from, so the chain is the header's entries followed by the socket's peer, and the
 * client is `trustedProxies` hops left of the right end. Entries further left were written by the
 * client and are never used. With fewer entries than trusted proxies the request did not come through
 * all of them (or a proxy does not append), so only the socket's peer is known for certain.
 */
export function clientAddress(
  socketAddress: string | null | undefined,
  forwardedFor: string | readonly string[] | null | undefined,
  trustedProxies: number,
): string {
  const socket = normaliseAddress(socketAddress);
  if (!socket) return UNKNOWN_ADDRESS;
  const hops = Math.max(0, Math.floor(trustedProxies));
  if (hops === 0) return socket;
  const header = typeof forwardedFor === "string" ? forwardedFor : (forwardedFor ?? []).join(",");
  const entries = header.split(",").map((entry) => entry.trim());
  if (header.trim() === "") entries.length = 0;
  const chain = [...entries, socket];
  const index = chain.length - 1 - hops;
  if (index < 0) return socket;
  return normaliseAddress(chain[index]) ?? UNKNOWN_ADDRESS;
}

/** The caller's address as the app's server recorded it, from request headers of any shape. */
export function readClientAddress(value: string | readonly string[] | null | undefined): string {
  const first = typeof value === "string" ? value : value?.[0];
  return normaliseAddress(first) ?? UNKNOWN_ADDRESS;
}
