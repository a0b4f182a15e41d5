import { afterAll, describe, expect, it, vi } from "vitest";
import { JOIN_ADDRESS_LIMIT } from "@/lib/domain/workshop";
import { getDb } from "@/lib/server/db";
import { closeRateLimiter } from "@/lib/server/rate-limit";
import { createWorkshop } from "@/lib/server/services/workshops/create-workshop";
import { startWorkshop } from "@/lib/server/services/workshops/start-workshop";
import { demoActor, withDemoDatabase } from "@/lib/server/testing/integration";
import { PARTICIPANT_COOKIE } from "@/lib/server/http/participant-cookie";
import { POST } from "./route";

/** The request's cookies: what the browser sends, and what the route sets. */
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("@/lib/server/auth", () => ({ getActor: async () => null }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === "locale" ? { value: "sv" } : jar.has(name) ? { value: jar.get(name)! } : undefined),
    set: (cookie: { name: string; value: string }) => jar.set(cookie.name, cookie.value),
  }),
  headers: async () => new Headers(),
}));

withDemoDatabase();
afterAll(() => closeRateLimiter());

async function liveCode(title: string) {
  const official = await demoActor("tjansteperson");
  const { id } = await createWorkshop(official, { title, statements: "Ett påstående" });
  await startWorkshop(official, { workshopId: id });
  return { id, code: (await getDb().workshop.findUniqueOrThrow({ where: { id } })).joinCode };
}

const joinRequest = (code: string, body: BodyInit, headers: Record<string, string> = {}) =>
  POST(new Request(`http://localhost:3000/w/${code}/join`, { method: "POST", body, duplex: "half", headers: { "x-forwarded-for": "198.51.100.7", ...headers } } as RequestInit), {
    params: Promise.resolve({ code }),
  });

describe("POST /w/<code>/join", () => {
  it("keeps a device that joined already as the same participant (its cookie)", async () => {
    const { id, code } = await liveCode("Cookie-test");
    jar.clear();
    for (let n = 0; n < 3; n++) expect((await joinRequest(code, JSON.stringify({ sector: "civil" }))).status).toBe(200);
    expect(jar.get(PARTICIPANT_COOKIE)).toBeTruthy();
    expect(await getDb().workshopParticipant.count({ where: { workshopId: id } })).toBe(1);
  });

  it("answers new joins from one address beyond the limit with a translated 429", async () => {
    const { id, code } = await liveCode("Röstfabrik");
    const address = { "x-forwarded-for": "198.51.100.99" };
    for (let n = 0; n < JOIN_ADDRESS_LIMIT.max; n++) {
      jar.clear();
      expect((await joinRequest(code, JSON.stringify({ sector: "civil" }), address)).status).toBe(200);
    }
    jar.clear();
    const refused = await joinRequest(code, JSON.stringify({ sector: "civil" }), address);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ code: "rate_limited", message: "För många försök på kort tid. Vänta en stund och försök igen." });
    expect(await getDb().workshopParticipant.count({ where: { workshopId: id } })).toBe(JOIN_ADDRESS_LIMIT.max);
  });

  it("refuses a chunked body over the cap with a translated 413 before it is parsed", async () => {
    const { id, code } = await liveCode("Stor kropp");
    jar.clear();
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled++ === 1000) return controller.close();
        controller.enqueue(new TextEncoder().encode(" ".repeat(1024)));
      },
    });
    const response = await joinRequest(code, body);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: "too_large", message: "Det du skickade är för stort." });
    expect(pulled).toBeLessThan(100);
    expect(await getDb().workshopParticipant.count({ where: { workshopId: id } })).toBe(0);
  });
});
