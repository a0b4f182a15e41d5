import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { LOCALE_COOKIE } from "@/lib/i18n/core";
import { getDb } from "../db";
import { withDemoDatabase } from "../testing/integration";
import { isDefinedRoute } from "./route";

// Outside a Next request there are no request cookies; the refusal's message is translated for a
// visitor who chose Swedish. Nothing past the Origin check may run, so nothing else of Next is needed.
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === LOCALE_COOKIE ? { value: "sv" } : undefined), set: () => {} }),
  headers: async () => new Headers(),
}));

withDemoDatabase();

const root = path.resolve(__dirname, "../../..");
/** Every route module of the app, found afresh on each run, so a new route cannot be left out. */
const ROUTES = readdirSync(path.join(root, "app"), { recursive: true, encoding: "utf8" })
  .filter((file) => path.basename(file) === "route.ts")
  .map((file) => path.join("app", file).split(path.sep).join("/"))
  .sort();
/** next-auth answers its own routes (sign-in, callbacks) and guards its POSTs with its own CSRF token. */
const OWN_HANDLER = new Set(["app/api/auth/[...nextauth]/route.ts"]);
const METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"] as const;
const CHANGES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Concrete parameters for a route's dynamic segments ([id] → id), whatever they are called. */
function paramsOf(file: string): Record<string, string | string[]> {
  return Object.fromEntries([...file.matchAll(/\[(\.\.\.)?([^\]]+)\]/g)].map(([, rest, name]) => [name!, rest ? ["x"] : "x0000000000000000000000"]));
}

async function handlersOf(file: string): Promise<[string, unknown][]> {
  const routeModule = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
  return METHODS.filter((method) => method in routeModule).map((method) => [method, routeModule[method]]);
}

describe("the HTTP edge", () => {
  it("finds the app's routes", () => {
    expect(ROUTES.length).toBeGreaterThan(20);
    expect(ROUTES).toContain("app/api/compacts/[id]/docx/route.ts");
    for (const file of OWN_HANDLER) expect(ROUTES).toContain(file);
  });

  it("builds every handler of every route with defineRoute", async () => {
    for (const file of ROUTES.filter((f) => !OWN_HANDLER.has(f))) {
      const handlers = await handlersOf(file);
      expect(handlers.length, file).toBeGreaterThan(0);
      for (const [method, handler] of handlers) expect(isDefinedRoute(handler), `${method} ${file}`).toBe(true);
    }
  });

  // The authorisation matrix's row for cross-site requests: a page on another site cannot make a
  // signed-in browser change anything, whoever is signed in, whatever the body says.
  it("refuses every change (POST, PUT, PATCH, DELETE) from a foreign Origin with 403, before it does anything", async () => {
    const db = getDb();
    const before = { audit: await db.auditEvent.count(), compacts: await db.compact.count() };
    const refused: string[] = [];
    for (const file of ROUTES.filter((f) => !OWN_HANDLER.has(f))) {
      for (const [method, handler] of await handlersOf(file)) {
        if (!CHANGES.has(method)) continue;
        const request = new Request(`http://localhost:3000/${file}`, {
          method,
          headers: { Origin: "https://evil.example", Host: "localhost:3000", "Content-Type": "application/json", Cookie: "locale=sv" },
          body: JSON.stringify({ kind: "advance", expectedRevision: 1, sector: "civil", statementId: "x", value: "yes" }),
        });
        const response = await (handler as (request: Request, context: { params: Promise<unknown> }) => Promise<Response>)(request, { params: Promise.resolve(paramsOf(file)) });
        expect(response.status, `${method} ${file}`).toBe(403);
        expect(await response.json(), `${method} ${file}`).toMatchObject({ code: "forbidden" });
        refused.push(`${method} ${file}`);
      }
    }
    // Today's changes: a stage change, a Word import, a relations import, joining and voting in a workshop.
    expect(refused.length).toBeGreaterThanOrEqual(5);
    expect({ audit: await db.auditEvent.count(), compacts: await db.compact.count() }).toEqual(before);
  });
});
