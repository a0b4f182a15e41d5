import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "../db";
import { inRequestScope } from "../load/request-scope";
import { demoActor, demoCompactId, withDemoDatabase } from "../testing/integration";
import { getCompactPageParts } from "./compact-page";

withDemoDatabase();

/** Counts the queries that read a compact row (with whatever it includes). */
function countCompactReads() {
  const delegate = getDb().compact;
  return [vi.spyOn(delegate, "findUnique"), vi.spyOn(delegate, "findUniqueOrThrow"), vi.spyOn(delegate, "findFirst"), vi.spyOn(delegate, "findMany")];
}
const total = (spies: ReturnType<typeof countCompactReads>) => spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0);

afterEach(() => vi.restoreAllMocks());

describe("the compact page's reads", () => {
  it("load the compact once per request, however many parts of the page need it", async () => {
    const [actor, compactId] = await Promise.all([demoActor("tjansteperson"), demoCompactId()]);
    const spies = countCompactReads();
    const parts = await inRequestScope(() => getCompactPageParts(actor, compactId));
    expect(total(spies)).toBe(1);
    // All six parts answered, from that one load.
    expect(parts.page.id).toBe(compactId);
    expect(parts.text.compactId).toBe(compactId);
    expect(parts.comments).toBeTruthy();
    expect(parts.principles.blocking).toBeGreaterThanOrEqual(0);
    expect(parts.evidence).toBeTruthy();
    expect(parts.followUp.commitments).toBeGreaterThanOrEqual(0);
  });

  it("outside a request, each part loads it afresh (nothing is kept between requests)", async () => {
    const [actor, compactId] = await Promise.all([demoActor("tjansteperson"), demoCompactId()]);
    const spies = countCompactReads();
    await getCompactPageParts(actor, compactId);
    expect(total(spies)).toBeGreaterThan(1);
    const before = total(spies);
    await inRequestScope(() => getCompactPageParts(actor, compactId));
    await inRequestScope(() => getCompactPageParts(actor, compactId));
    expect(total(spies) - before).toBe(2);
  });

  it("still keeps another municipality's compact out, each time it is asked for", async () => {
    const [official, compactId] = await Promise.all([demoActor("tjansteperson"), demoCompactId()]);
    const stranger = { ...official, municipalityId: "another-municipality" };
    await inRequestScope(async () => {
      await expect(getCompactPageParts(official, compactId)).resolves.toBeTruthy();
      await expect(getCompactPageParts(stranger, compactId)).rejects.toMatchObject({ code: "not_found" });
    });
  });
});
