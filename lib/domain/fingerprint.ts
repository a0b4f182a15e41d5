/**
 * Fingerprints of frozen versions: anyone holding an exported text can check that it is the version
 * that was decided. The fingerprint covers a canonical form, so re-serialising the same document
 * (other key order, other whitespace) keeps it, while any change to the content changes it.
 */
import { createHash } from "node:crypto";

/**
 * JSON with object keys sorted (by UTF-16 code units) at every depth and no whitespace. Follows
 * JSON.stringify otherwise: `toJSON` is honoured, undefined and function properties are left out,
 * and in arrays they become null. Strings are kept exactly as they are (no Unicode normalisation),
 * so the fingerprint proves the stored bytes, not a look-alike.
 */
export function canonicalJson(value: unknown): string {
  const text = canonical(value);
  if (text === undefined) throw new TypeError("canonicalJson: the value has no JSON form");
  return text;
}

function canonical(value: unknown): string | undefined {
  if (value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    return canonical((value as { toJSON: () => unknown }).toJSON());
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonical(item) ?? "null").join(",")}]`;
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .sort()
      .flatMap((key) => {
        const member = canonical(record[key]);
        return member === undefined ? [] : [`${JSON.stringify(key)}:${member}`];
      });
    return `{${members.join(",")}}`;
  }
  // Primitives: JSON.stringify gives undefined for undefined, functions and symbols, and throws for bigint.
  return JSON.stringify(value) as string | undefined;
}

/** Hex SHA-256 of the document's canonical JSON (UTF-8). */
export function fingerprintDocument(doc: unknown): string {
  return createHash("sha256").update(canonicalJson(doc), "utf8").digest("hex");
}

/** Whether `fingerprint` is the fingerprint of `doc` (case-insensitive hex). */
export function matchesFingerprint(doc: unknown, fingerprint: string): boolean {
  return fingerprintDocument(doc) === fingerprint.trim().toLowerCase();
}
