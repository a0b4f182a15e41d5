import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress, readClientAddress, UNKNOWN_ADDRESS } from "./client-address";

describe("clientAddress", () => {
  const cases: { name: string; socket: string | undefined; xff: string | string[] | undefined; trusted: number; expected: string }[] = [
    { name: "no proxy: the socket, whatever the client wrote", socket: "203.0.113.7", xff: "6.6.6.6, 10.0.0.1", trusted: 0, expected: "203.0.113.7" },
    { name: "no proxy, no header", socket: "203.0.113.7", xff: undefined, trusted: 0, expected: "203.0.113.7" },
    { name: "one proxy: the entry it appended", socket: "10.0.0.2", xff: "203.0.113.9", trusted: 1, expected: "203.0.113.9" },
    { name: "one proxy: spoofed left-most entries are skipped", socket: "10.0.0.2", xff: "6.6.6.6, 7.7.7.7, 203.0.113.9", trusted: 1, expected: "203.0.113.9" },
    { name: "two proxies: counted from the right", socket: "10.0.0.3", xff: "6.6.6.6, 203.0.113.9, 10.0.0.2", trusted: 2, expected: "203.0.113.9" },
    { name: "header repeated: the copies form one chain", socket: "10.0.0.3", xff: ["6.6.6.6", "203.0.113.9, 10.0.0.2"], trusted: 2, expected: "203.0.113.9" },
    { name: "too few entries (a proxy bypassed): the socket", socket: "198.51.100.4", xff: "6.6.6.6", trusted: 2, expected: "198.51.100.4" },
    { name: "proxy trusted but no header: the socket", socket: "198.51.100.4", xff: undefined, trusted: 1, expected: "198.51.100.4" },
    { name: "empty header with a proxy trusted: the socket", socket: "198.51.100.4", xff: "  ", trusted: 1, expected: "198.51.100.4" },
    { name: "IPv6 client behind a proxy", socket: "10.0.0.2", xff: "2001:DB8::1", trusted: 1, expected: "2001:db8::1" },
    { name: "IPv6 with brackets and port", socket: "10.0.0.2", xff: "[2001:db8::2]:4711", trusted: 1, expected: "2001:db8::2" },
    { name: "IPv4 with a port", socket: "10.0.0.2", xff: "203.0.113.9:51000", trusted: 1, expected: "203.0.113.9" },
    { name: "IPv4-mapped IPv6 socket", socket: "::ffff:192.0.2.5", xff: "6.6.6.6", trusted: 0, expected: "192.0.2.5" },
    { name: "IPv6 socket", socket: "::1", xff: undefined, trusted: 0, expected: "::1" },
    { name: "garbage at the trusted position", socket: "10.0.0.2", xff: "6.6.6.6, <script>", trusted: 1, expected: UNKNOWN_ADDRESS },
    { name: "garbage left of the trusted position is ignored", socket: "10.0.0.2", xff: "not an address, 203.0.113.9", trusted: 1, expected: "203.0.113.9" },
    { name: "empty entry at the trusted position", socket: "10.0.0.2", xff: "203.0.113.9, ", trusted: 1, expected: UNKNOWN_ADDRESS },
    { name: "no socket address", socket: undefined, xff: "203.0.113.9", trusted: 1, expected: UNKNOWN_ADDRESS },
    { name: "negative or fractional hop counts are treated as whole non-negative numbers", socket: "198.51.100.4", xff: "6.6.6.6", trusted: -1, expected: "198.51.100.4" },
  ];
  it.each(cases)("$name", ({ socket, xff, trusted, expected }) => {
    expect(clientAddress(socket, xff, trusted)).toBe(expected);
  });
});

describe("normaliseAddress and readClientAddress", () => {
  it.each([
    ["192.0.2.1", "192.0.2.1"],
    [" 192.0.2.1 ", "192.0.2.1"],
    ["999.0.2.1", null],
    ["example.org", null],
    ["", null],
    ["1".repeat(100), null],
    ["FE80::1", "fe80::1"],
  ])("%s → %s", (raw, expected) => {
    expect(normaliseAddress(raw)).toBe(expected);
  });
  it("reads the header the server set, and counts anything else as unknown", () => {
    expect(readClientAddress("203.0.113.9")).toBe("203.0.113.9");
    expect(readClientAddress(["203.0.113.9", "6.6.6.6"])).toBe("203.0.113.9");
    expect(readClientAddress(undefined)).toBe(UNKNOWN_ADDRESS);
    expect(readClientAddress("6.6.6.6, 7.7.7.7")).toBe(UNKNOWN_ADDRESS);
  });
});
