import { describe, expect, it } from "vitest";
import {
  addMonths,
  commitmentHealth,
  commitmentProgress,
  isValidPercent,
  normalisePercent,
  progressByParty,
  progressByPrinciple,
  sectorsOfParty,
  type CommitmentFacts,
  type ProgressUpdateFacts,
} from "./follow-up";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const update = (sector: "public" | "civil", status: ProgressUpdateFacts["status"], percent: number, date: string): ProgressUpdateFacts => ({
  sector,
  status,
  percent,
  date: d(date),
});
const commitment = (party: CommitmentFacts["party"], updates: ProgressUpdateFacts[], extra: Partial<CommitmentFacts> = {}): CommitmentFacts => ({
  party,
  dueDate: null,
  recurrence: null,
  updates,
  ...extra,
});

describe("percent rules", () => {
  it.each([
    [0, true],
    [100, true],
    [55, true],
    [-1, false],
    [101, false],
    [12.5, false],
    [Number.NaN, false],
  ])("%s is %s", (value, ok) => expect(isValidPercent(value)).toBe(ok));
  it("a done update is 100 %", () => {
    expect(normalisePercent("done", 40)).toBe(100);
    expect(normalisePercent("at_risk", 40)).toBe(40);
  });
});

describe("addMonths", () => {
  it("clamps to the end of a shorter month and crosses years", () => {
    expect(addMonths(d("2027-01-31"), 1).toISOString().slice(0, 10)).toBe("2027-02-28");
    expect(addMonths(d("2028-01-31"), 1).toISOString().slice(0, 10)).toBe("2028-02-29");
    expect(addMonths(d("2027-11-15"), 6).toISOString().slice(0, 10)).toBe("2028-05-15");
  });
});

describe("commitmentProgress", () => {
  it("is not started without updates", () => {
    expect(commitmentProgress(commitment("municipality", []))).toEqual({ status: "not_started", percent: 0, awaitingParty: null, lastUpdateAt: null });
  });
  it("follows the newest update of the owning sector and ignores the other sector", () => {
    const p = commitmentProgress(commitment("civil", [update("civil", "on_track", 30, "2027-02-01"), update("civil", "at_risk", 40, "2027-05-01"), update("public", "done", 100, "2027-06-01")]));
    expect(p).toMatchObject({ status: "at_risk", percent: 40 });
    expect(p.lastUpdateAt).toEqual(d("2027-05-01"));
  });
  it("a joint commitment is done only when each party has posted a done update", () => {
    const one = commitmentProgress(commitment("joint", [update("public", "done", 100, "2027-03-01")]));
    expect(one).toMatchObject({ status: "on_track", percent: 50, awaitingParty: "civil" });
    const both = commitmentProgress(commitment("joint", [update("public", "done", 100, "2027-03-01"), update("civil", "done", 100, "2027-04-01")]));
    expect(both).toMatchObject({ status: "done", percent: 100, awaitingParty: null });
  });
  it("a joint commitment shows at risk when either party says so", () => {
    const p = commitmentProgress(commitment("joint", [update("public", "done", 100, "2027-03-01"), update("civil", "at_risk", 60, "2027-04-01")]));
    expect(p).toMatchObject({ status: "at_risk", percent: 80, awaitingParty: "civil" });
  });
  it("a later not-done update of a party undoes its earlier done", () => {
    const p = commitmentProgress(commitment("joint", [update("public", "done", 100, "2027-03-01"), update("civil", "done", 100, "2027-03-02"), update("public", "on_track", 90, "2027-04-01")]));
    expect(p.status).toBe("on_track");
  });
  it("the newest dropped update closes the commitment", () => {
    expect(commitmentProgress(commitment("municipality", [update("public", "on_track", 20, "2027-01-01"), update("public", "dropped", 20, "2027-02-01")])).status).toBe("dropped");
  });
  it("lists the sectors each party needs", () => {
    expect(sectorsOfParty("municipality")).toEqual(["public"]);
    expect(sectorsOfParty("civil")).toEqual(["civil"]);
    expect(sectorsOfParty("joint")).toEqual(["public", "civil"]);
  });
});

describe("commitmentHealth", () => {
  const since = d("2027-01-01");
  it("turns stale when no update came for longer than the rhythm allows (default 6 months)", () => {
    const c = commitment("municipality", [update("public", "on_track", 10, "2027-02-01")]);
    expect(commitmentHealth(c, { now: d("2027-08-01"), since }).health).toBe("ok");
    expect(commitmentHealth(c, { now: d("2027-08-02"), since }).health).toBe("stale");
    expect(commitmentHealth(c, { now: d("2027-04-02"), since, staleAfterMonths: 2 }).health).toBe("stale");
  });
  it("runs the staleness clock from the start of follow-up until a first update", () => {
    const c = commitment("civil", []);
    expect(commitmentHealth(c, { now: d("2027-06-30"), since }).health).toBe("ok");
    expect(commitmentHealth(c, { now: d("2027-07-02"), since }).health).toBe("stale");
  });
  it("is overdue once its due date passed without being done, and closed when done or dropped", () => {
    const due = commitment("municipality", [update("public", "on_track", 50, "2027-05-01")], { dueDate: d("2027-06-01") });
    expect(commitmentHealth(due, { now: d("2027-06-02"), since }).health).toBe("overdue");
    const done = commitment("municipality", [update("public", "done", 100, "2027-05-01")], { dueDate: d("2027-06-01") });
    expect(commitmentHealth(done, { now: d("2030-01-01"), since })).toMatchObject({ health: "closed", nextUpdateDue: null, updateDue: false });
  });
  it("expects a recurring commitment's update every period and reminds ahead of it", () => {
    const c = commitment("civil", [update("civil", "on_track", 10, "2027-01-10")], { recurrence: "quarterly" });
    const early = commitmentHealth(c, { now: d("2027-03-01"), since });
    expect(early.nextUpdateDue).toEqual(d("2027-04-10"));
    expect(early.updateDue).toBe(false);
    expect(commitmentHealth(c, { now: d("2027-03-28"), since }).updateDue).toBe(true);
    expect(commitmentHealth(c, { now: d("2027-03-28"), since, reminderLeadDays: 7 }).updateDue).toBe(false);
  });
  it("expects an update no later than the due date", () => {
    const c = commitment("civil", [update("civil", "on_track", 10, "2027-01-10")], { dueDate: d("2027-02-01") });
    expect(commitmentHealth(c, { now: d("2027-01-11"), since }).nextUpdateDue).toEqual(d("2027-02-01"));
  });
});

describe("progress per party and per principle", () => {
  const now = d("2027-12-01");
  const since = d("2027-01-01");
  const items = [
    { party: "municipality" as const, principles: ["dialogue"], ...commitmentHealth(commitment("municipality", [update("public", "done", 100, "2027-11-01")]), { now, since }) },
    { party: "municipality" as const, principles: ["dialogue", "openness"], ...commitmentHealth(commitment("municipality", [update("public", "on_track", 40, "2027-02-01")]), { now, since }) },
    { party: "civil" as const, principles: [], ...commitmentHealth(commitment("civil", [update("civil", "dropped", 0, "2027-11-01")]), { now, since }) },
  ];
  it("counts commitments, done, stale and the average percent per party, leaving dropped ones out of the average", () => {
    expect(progressByParty(items)).toEqual([
      { key: "municipality", commitments: 2, done: 1, stale: 1, overdue: 0, averagePercent: 70 },
      { key: "civil", commitments: 1, done: 0, stale: 0, overdue: 0, averagePercent: 0 },
      { key: "joint", commitments: 0, done: 0, stale: 0, overdue: 0, averagePercent: 0 },
    ]);
  });
  it("groups by principle tag and leaves untagged principles out", () => {
    expect(progressByPrinciple(items, ["autonomy", "dialogue", "openness"]).map((r) => [r.key, r.commitments, r.averagePercent])).toEqual([
      ["dialogue", 2, 70],
      ["openness", 1, 40],
    ]);
  });
});
