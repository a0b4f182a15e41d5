import { describe, expect, it } from "vitest";
import { DEFAULT_RHYTHM, dueState, followUpSchedule, isPeriodInOrder } from "./follow-up-rhythm";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const day = (date: Date) => date.toISOString().slice(0, 10);

describe("dueState", () => {
  it("is overdue after the date, due within the lead time, upcoming before", () => {
    expect(dueState(d("2027-06-01"), d("2027-06-02"))).toBe("overdue");
    expect(dueState(d("2027-06-01"), d("2027-05-15"))).toBe("due");
    expect(dueState(d("2027-06-01"), d("2027-04-01"))).toBe("upcoming");
    expect(dueState(d("2027-06-01"), d("2027-05-15"), 7)).toBe("upcoming");
  });
});

describe("followUpSchedule", () => {
  const anchor = d("2027-03-15");
  it("uses the national defaults: a meeting a year, action plan every 2, commitments every 3 and principles every 5 years", () => {
    const items = followUpSchedule({ anchor, rhythm: DEFAULT_RHYTHM, now: d("2027-04-01") });
    expect(items.map((i) => [i.kind, day(i.dueAt), i.state])).toEqual([
      ["annualMeeting", "2028-03-15", "upcoming"],
      ["actionPlan", "2029-03-15", "upcoming"],
      ["commitmentReview", "2030-03-15", "upcoming"],
      ["principleReview", "2032-03-15", "upcoming"],
    ]);
  });
  it("counts from when each was last done, and marks what is due and overdue", () => {
    const items = followUpSchedule({
      anchor,
      rhythm: DEFAULT_RHYTHM,
      now: d("2030-03-01"),
      lastDone: { annualMeeting: d("2028-03-10") },
    });
    const byKind = Object.fromEntries(items.map((i) => [i.kind, i]));
    expect(day(byKind.annualMeeting!.dueAt)).toBe("2029-03-10");
    expect(byKind.annualMeeting!.state).toBe("overdue");
    expect(byKind.commitmentReview!.state).toBe("due");
    expect(byKind.principleReview!.state).toBe("upcoming");
  });
  it("takes the end of the newest action plan as when a new plan is due", () => {
    const items = followUpSchedule({ anchor, rhythm: DEFAULT_RHYTHM, now: d("2027-04-01"), actionPlanEndsAt: d("2027-12-31") });
    expect(day(items.find((i) => i.kind === "actionPlan")!.dueAt)).toBe("2027-12-31");
  });
  it("honours a compact's own rhythm", () => {
    const items = followUpSchedule({ anchor, rhythm: { ...DEFAULT_RHYTHM, commitmentReviewMonths: 12 }, now: anchor });
    expect(day(items.find((i) => i.kind === "commitmentReview")!.dueAt)).toBe("2028-03-15");
  });
});

describe("isPeriodInOrder", () => {
  it("refuses an end before the start", () => {
    expect(isPeriodInOrder(d("2027-01-01"), d("2028-12-31"))).toBe(true);
    expect(isPeriodInOrder(d("2027-01-01"), d("2027-01-01"))).toBe(true);
    expect(isPeriodInOrder(d("2028-01-01"), d("2027-12-31"))).toBe(false);
  });
});
