import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError, ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import { createTranslator, LOCALE_COOKIE } from "@/lib/i18n/core";
import { MESSAGES } from "@/lib/i18n/messages";
import { contentDisposition, download } from "./download";
import { defineRoute, isDefinedRoute, isSameOrigin, problemOf } from "./route";

// Outside a Next request there are no request cookies: the visitor has chosen Swedish, so translating
// needs no database (and nothing else of Next's request scope is touched before the Origin check).
vi.mock("next/headers", () => ({ cookies: async () => ({ get: (name: string) => (name === LOCALE_COOKIE ? { value: "sv" } : undefined) }) }));

const t = createTranslator(MESSAGES.sv);
const request = (method: string, headers: Record<string, string> = {}) => new Request("http://localhost:3000/api/x", { method, headers: { host: "localhost:3000", ...headers } });
const noParams = { params: Promise.resolve({}) };

afterEach(() => vi.restoreAllMocks());

describe("the one mapping from errors to responses", () => {
  it("answers a domain error with its status and a translated problem: code, message, details and field messages", () => {
    const { status, body } = problemOf(new InvalidInputError("errors.invalid", { title: ["errors.field.required"] }), t);
    expect(status).toBe(422);
    expect(body).toEqual({ code: "invalid", message: t("errors.invalid"), details: [], fieldErrors: { title: [t("errors.field.required")] } });
    expect(body.message).not.toBe("errors.invalid");
    const conflict = problemOf(new ConflictError("errors.conflict", [{ key: "errors.forbidden" }, { key: "errors.not_found" }]), t);
    expect(conflict.status).toBe(409);
    expect(conflict.body.details).toEqual([t("errors.forbidden"), t("errors.not_found")]);
    expect(problemOf(new NotFoundError(), t).status).toBe(404);
    expect(problemOf(new ForbiddenError("compact.editText"), t)).toMatchObject({ status: 403, body: { code: "forbidden" } });
  });

  it("keeps a status a domain error sets for itself (413, 503)", () => {
    class TooLarge extends AppError {
      override readonly status = 413;
      constructor() {
        super("invalid", "editor.import.tooLarge");
      }
    }
    expect(problemOf(new TooLarge(), t)).toMatchObject({ status: 413, body: { code: "invalid", message: t("editor.import.tooLarge") } });
  });

  it("answers anything else with a generic 500 that shows nothing of it, and logs it", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const { status, body } = problemOf(new Error("connection string postgres://secret@db"), t);
    expect(status).toBe(500);
    expect(body).toEqual({ code: "unexpected", message: t("errors.unexpected"), details: [], fieldErrors: {} });
    expect(JSON.stringify(body)).not.toContain("secret");
    expect(log).toHaveBeenCalledOnce();
  });
});

describe("the Origin check", () => {
  it("accepts our own origin, also behind a proxy, and a request without Origin", () => {
    expect(isSameOrigin(request("POST", { origin: "http://localhost:3000" }))).toBe(true);
    expect(isSameOrigin(request("POST"))).toBe(true);
    expect(isSameOrigin(request("POST", { origin: "https://overens.example", "x-forwarded-host": "overens.example" }))).toBe(true);
  });

  it("refuses a foreign, a look-alike and a malformed origin", () => {
    expect(isSameOrigin(request("POST", { origin: "https://evil.example" }))).toBe(false);
    expect(isSameOrigin(request("POST", { origin: "http://localhost:3000.evil.example" }))).toBe(false);
    expect(isSameOrigin(request("POST", { origin: "null" }))).toBe(false);
  });

  it("refuses a change from a foreign page with 403 before the actor is looked up or the handler runs", async () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const handler = vi.fn(async () => ({ done: true }));
      // With the session lookup on: outside a Next request it would throw (a 500), so a 403 shows it never ran.
      const response = await defineRoute(handler)(request(method, { origin: "https://evil.example" }), noParams);
      expect(response.status, method).toBe(403);
      expect(await response.json()).toEqual({ code: "forbidden", message: t("errors.forbidden"), details: [], fieldErrors: {} });
      expect(handler).not.toHaveBeenCalled();
    }
    // The same request from our own page does reach the session lookup, which fails out here.
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect((await defineRoute(async () => ({}))(request("POST", { origin: "http://localhost:3000" }), noParams)).status).toBe(500);
  });

  it("lets a read through from anywhere (the open data is meant to be fetched by other sites)", async () => {
    const route = defineRoute(async () => ({ items: [] }), { actor: false });
    const response = await route(request("GET", { origin: "https://evil.example" }), noParams);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ items: [] });
  });
});

describe("defineRoute's answers", () => {
  it("sends a value as JSON, nothing as { ok: true }, a Response as it is, and a thrown error through the mapping", async () => {
    const withParams = defineRoute<{ id: string }>(async (_actor, _request, { id }) => ({ id }), { actor: false });
    expect(await (await withParams(request("POST"), { params: Promise.resolve({ id: "a1" }) })).json()).toEqual({ id: "a1" });
    expect(await (await defineRoute(async () => undefined, { actor: false })(request("POST"), noParams)).json()).toEqual({ ok: true });
    const stream = new Response("data: 1\n\n", { headers: { "Content-Type": "text/event-stream" } });
    expect(await defineRoute(async () => stream, { actor: false })(request("GET"), noParams)).toBe(stream);
    const refused = await defineRoute(
      async () => {
        throw new NotFoundError();
      },
      { actor: false },
    )(request("GET"), noParams);
    expect(refused.status).toBe(404);
    expect((await refused.json()).message).toBe(t("errors.not_found"));
    expect(isDefinedRoute(withParams)).toBe(true);
    expect(isDefinedRoute(async () => new Response())).toBe(false);
  });

  it("offers a file as an attachment with its exact name, never cached or sniffed", async () => {
    expect(contentDisposition("Överens 'plan' (v2).pdf")).toBe(`attachment; filename="_verens__plan___v2_.pdf"; filename*=UTF-8''%C3%96verens%20%27plan%27%20%28v2%29.pdf`);
    const file = download("a;b\r\n", { contentType: "text/csv; charset=utf-8", filename: "relationer.csv" });
    expect(file.headers.get("content-disposition")).toBe(`attachment; filename="relationer.csv"; filename*=UTF-8''relationer.csv`);
    expect(file.headers.get("cache-control")).toBe("private, no-store");
    expect(file.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await file.text()).toBe("a;b\r\n");
  });
});
