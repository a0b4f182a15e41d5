import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/domain/roles";
import { LOCALE_COOKIE } from "@/lib/i18n/core";
import { getDb } from "@/lib/server/db";
import { demoActor, withDemoDatabase } from "@/lib/server/testing/integration";
import { zipBomb } from "@/lib/server/testing/zip";
import { POST as importRelations } from "@/app/api/relations/import/route";
import { POST } from "./route";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/server/auth", () => ({ getActor: async () => session.actor }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === LOCALE_COOKIE ? { value: "sv" } : undefined), set: () => {} }),
  headers: async () => new Headers(),
}));

withDemoDatabase();

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A body that never says how large it is: `megabytes` of bytes in 64 kB chunks; counts the chunks pulled. */
function chunkedRequest(url: string, megabytes: number) {
  const pulled = { count: 0 };
  const total = (megabytes * 1024 * 1024) / (64 * 1024);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count === total) return controller.close();
      pulled.count++;
      controller.enqueue(new Uint8Array(64 * 1024));
    },
  });
  const request = new Request(url, { method: "POST", body, duplex: "half", headers: { "Content-Type": "multipart/form-data; boundary=x" } } as RequestInit);
  return { request, pulled };
}

describe("upload limits of the Word and CSV imports", () => {
  it("answers a chunked body (no Content-Length) over the cap with a translated 413, without reading it all", async () => {
    session.actor = await demoActor("forening");
    const compactId = (await getDb().compact.findFirstOrThrow()).id;
    const word = chunkedRequest(`http://localhost:3000/api/compacts/${compactId}/docx`, 64);
    expect(word.request.headers.get("content-length")).toBeNull();
    const response = await POST(word.request, { params: Promise.resolve({ id: compactId }) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: "too_large", message: "Filen är större än 5 MB." });
    expect(word.pulled.count).toBeLessThan(200);

    session.actor = await demoActor("tjansteperson");
    const csv = chunkedRequest("http://localhost:3000/api/relations/import", 64);
    const refused = await importRelations(csv.request, { params: Promise.resolve({}) });
    expect(refused.status).toBe(413);
    expect(await refused.json()).toMatchObject({ code: "too_large", message: "Filen är för stor. Högst 1 MB." });
    expect(csv.pulled.count).toBeLessThan(100);
  });

  it("refuses a zip bomb .docx with a translated 413 before it is inflated", async () => {
    session.actor = await demoActor("forening");
    const compactId = (await getDb().compact.findFirstOrThrow()).id;
    const before = (await getDb().compact.findUniqueOrThrow({ where: { id: compactId } })).updatedAt;
    const form = new FormData();
    form.set("mode", "replace");
    form.set("file", new File([new Uint8Array(zipBomb(64))], "overenskommelse.docx", { type: DOCX_TYPE }));
    const response = await POST(new Request(`http://localhost:3000/api/compacts/${compactId}/docx`, { method: "POST", body: form }), { params: Promise.resolve({ id: compactId }) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ message: "Texten i filen är större än en överenskommelse får vara (2 MB)." });
    expect((await getDb().compact.findUniqueOrThrow({ where: { id: compactId } })).updatedAt).toEqual(before);
  });
});
