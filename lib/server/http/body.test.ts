import { describe, expect, it } from "vitest";
import { TooLargeError } from "@/lib/domain/errors";
import { readBody, readForm, readJson } from "./body";

/** A chunked body: a stream without Content-Length, `chunks` pieces of `size` bytes; counts the pieces pulled. */
function chunked(chunks: number, size: number) {
  const pulled = { count: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count === chunks) return controller.close();
      pulled.count++;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
  const request = new Request("http://localhost:3000/x", { method: "POST", body, duplex: "half" } as RequestInit);
  return { request, pulled };
}

describe("reading a request body with a cap", () => {
  it("refuses a chunked body over the cap with 413 and stops reading at the cap", async () => {
    const { request, pulled } = chunked(1000, 1024);
    expect(request.headers.get("content-length")).toBeNull();
    const error = await readBody(request, 16 * 1024).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooLargeError);
    expect((error as TooLargeError).status).toBe(413);
    expect(pulled.count).toBeLessThan(20);
  });

  it("refuses a Content-Length over the cap before reading, and takes a body within it", async () => {
    const big = new Request("http://localhost:3000/x", { method: "POST", body: "x".repeat(100), headers: { "content-length": "100" } });
    await expect(readBody(big, 10)).rejects.toBeInstanceOf(TooLargeError);
    const small = new Request("http://localhost:3000/x", { method: "POST", body: JSON.stringify({ sector: "civil" }) });
    expect(await readJson(small, 100)).toEqual({ sector: "civil" });
    expect(await readJson(new Request("http://localhost:3000/x", { method: "POST", body: "[1]" }))).toEqual({});
    expect(await readJson(new Request("http://localhost:3000/x", { method: "POST", body: "{not json" }))).toEqual({});
  });

  it("reads a form within the cap, with the message of the route's choice beyond it", async () => {
    const form = new FormData();
    form.set("mode", "replace");
    form.set("file", new File(["hej"], "a.csv"));
    expect((await readForm(new Request("http://localhost:3000/x", { method: "POST", body: form }), 10_000))?.get("mode")).toBe("replace");
    const over = await readForm(new Request("http://localhost:3000/x", { method: "POST", body: form }), 10, "editor.import.fileTooLarge").catch((e: unknown) => e);
    expect(over).toMatchObject({ status: 413, messageKey: "editor.import.fileTooLarge" });
  });
});
