import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from "node:crypto";

// scrypt is memory-hard: N=2^15, r=8 needs 32 MiB per hash, which makes GPU guessing expensive.
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 64;
const MAX_MEMORY = 128 * N * R * 2;

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password.normalize("NFKC"), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** Hashes a password as `scrypt$N$r$p$salt$hash` (base64). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, { N, r: R, p: P, maxmem: MAX_MEMORY });
  return ["scrypt", N, R, P, salt.toString("base64"), key.toString("base64")].join("$");
}

/** A hash of a random password, made once, that nothing matches: checked when there is no real hash. */
let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash in constant time. Without a usable hash (no account, an
 * invitation not yet accepted, a malformed hash) it still runs scrypt, against a dummy hash, and
 * answers false: a missing account must take as long to refuse as a wrong password.
 */
export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  const parts = stored?.split("$") ?? [];
  const [n, r, p] = parts.slice(1, 4).map(Number);
  if (parts.length === 6 && parts[0] === "scrypt" && n && r && p) return checkAgainst(password, parts, n, r, p);
  dummyHash ??= hashPassword(randomBytes(32).toString("base64"));
  await checkAgainst(password, (await dummyHash).split("$"), N, R, P);
  return false;
}

async function checkAgainst(password: string, parts: string[], n: number, r: number, p: number): Promise<boolean> {
  const salt = Buffer.from(parts[4]!, "base64");
  const expected = Buffer.from(parts[5]!, "base64");
  const key = await scrypt(password, salt, { N: n, r, p, maxmem: 128 * n * r * 2 });
  return key.length === expected.length && timingSafeEqual(key, expected);
}
