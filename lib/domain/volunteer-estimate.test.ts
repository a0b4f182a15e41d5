import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_VOLUNTEER_INPUTS,
  FULL_TIME_HOURS_PER_YEAR,
  estimateVolunteerHours,
  type VolunteerInputs,
} from "./volunteer-estimate";

describe("estimateVolunteerHours", () => {
  it("multiplies residents, share, hours and weeks, as in the 2009 rule of thumb", () => {
    const result = estimateVolunteerHours({ residents: 10_000, ...DEFAULT_VOLUNTEER_INPUTS });
    expect(result.volunteers).toBeCloseTo(4_800);
    expect(result.hoursPerYear).toBeCloseTo(998_400);
    expect(result.fullTimeEquivalents).toBeCloseTo(998_400 / 1_700);
  });

  it("gives Sweden's order of magnitude: about 460,000 full-time jobs for 7.9 million residents", () => {
    const result = estimateVolunteerHours({ residents: 7_900_000, ...DEFAULT_VOLUNTEER_INPUTS });
    expect(Math.round(result.fullTimeEquivalents / 10_000) * 10_000).toBe(460_000);
  });

  it("counts negative and non-finite inputs as zero", () => {
    expect(estimateVolunteerHours({ residents: -5, shareVolunteering: 0.5, hoursPerWeek: 4, weeksPerYear: 52 }).hoursPerYear).toBe(0);
    expect(estimateVolunteerHours({ residents: Number.NaN, shareVolunteering: 0.5, hoursPerWeek: 4, weeksPerYear: 52 }).hoursPerYear).toBe(0);
    expect(estimateVolunteerHours({ residents: 100, shareVolunteering: Infinity, hoursPerWeek: 4, weeksPerYear: 52 }).hoursPerYear).toBe(0);
  });
});

const inputs = fc.record({
  residents: fc.integer({ min: 0, max: 10_000_000 }),
  shareVolunteering: fc.double({ min: 0, max: 1, noNaN: true }),
  hoursPerWeek: fc.double({ min: 0, max: 168, noNaN: true }),
  weeksPerYear: fc.integer({ min: 1, max: 52 }),
});

describe("estimate properties", () => {
  it("full-time equivalents × the full-time year give the hours back", () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const r = estimateVolunteerHours(i);
        expect(r.fullTimeEquivalents * FULL_TIME_HOURS_PER_YEAR).toBeCloseTo(r.hoursPerYear, 3);
      }),
    );
  });

  it("never goes negative, and is zero when any factor is zero", () => {
    fc.assert(
      fc.property(inputs, fc.constantFrom<keyof VolunteerInputs>("residents", "shareVolunteering", "hoursPerWeek", "weeksPerYear"), (i, zeroed) => {
        expect(estimateVolunteerHours(i).hoursPerYear).toBeGreaterThanOrEqual(0);
        expect(estimateVolunteerHours({ ...i, [zeroed]: 0 }).hoursPerYear).toBe(0);
      }),
    );
  });

  it("grows with each factor: more residents, share, hours or weeks never give fewer hours", () => {
    fc.assert(
      fc.property(inputs, fc.constantFrom<keyof VolunteerInputs>("residents", "shareVolunteering", "hoursPerWeek", "weeksPerYear"), fc.integer({ min: 1, max: 3 }), (i, factor, k) => {
        const more = estimateVolunteerHours({ ...i, [factor]: i[factor] * k }).hoursPerYear;
        expect(more).toBeGreaterThanOrEqual(estimateVolunteerHours(i).hoursPerYear);
      }),
    );
  });

  it("is linear in the residents: twice the residents, twice the hours", () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const once = estimateVolunteerHours(i).hoursPerYear;
        const twice = estimateVolunteerHours({ ...i, residents: i.residents * 2 }).hoursPerYear;
        expect(twice).toBeCloseTo(once * 2, 0);
      }),
    );
  });
});
