import type { Prisma } from "./generated/sqlite/client";

/** A plain JSON copy for a Json column (drops undefined fields, turns dates into strings). */
export function toJsonValue(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value ?? null));
}
