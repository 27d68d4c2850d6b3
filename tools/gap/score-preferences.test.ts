/**
 * Salary, location and culture fit scored whenever both sides exist (issue 13, item 5): the
 * person's expectation against the ad's range with currency and period normalised; their
 * place, work mode and relocation against the ad; their values against the ad's cues. When
 * their side is missing, the score says what is missing and which preference to ask for.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, preferenceAd, profile } from "../../test-support/gap-fixtures.ts";
import { analyze } from "./analyze.ts";
import { convertCurrency, scoreCulture, scoreLocation, scoreSalary } from "./score-preferences.ts";

const ad = preferenceAd(["learning", "work-life balance"]);

describe("salary", () => {
  it("compares an expectation in another currency, converted and said to be approximate", () => {
    const d = scoreSalary(profile({ preferences: { salaryMin: 80_000, salaryCurrency: "USD" } }), ad);
    expect(d.score).not.toBeNull();
    expect(d.score!).toBeGreaterThanOrEqual(90);
    expect(d.explanation).toMatch(/80,000 USD at the reference rates of \d{4}-\d{2}, approximate/);
    expect(convertCurrency(104, "USD", "EUR")).toBeCloseTo(100, 0);
  });

  it("normalises the period: 7,000 EUR a month is 84,000 a year", () => {
    const monthly = profile({
      preferences: { salaryMin: 7_000, salaryCurrency: "EUR", salaryPeriod: "month" },
    });
    expect(scoreSalary(monthly, ad).score).toBe(90);
    const high = profile({ preferences: { salaryMin: 9_000, salaryCurrency: "EUR", salaryPeriod: "month" } });
    expect(scoreSalary(high, ad).score!).toBeLessThan(90);
    expect(scoreSalary(high, ad).explanation).toMatch(/% under your 108,000 EUR/);
  });

  it("scores a pay target by how near the range comes to it, not as a floor", () => {
    // The ad pays 70,000-85,000 EUR a year.
    const near = scoreSalary(profile({ preferences: { salaryTarget: 85_000, salaryCurrency: "EUR" } }), ad);
    expect(near.score).toBe(100);
    expect(near.explanation).toMatch(/reaches your 85,000 EUR target/);
    const asMinimum = scoreSalary(profile({ preferences: { salaryMin: 85_000, salaryCurrency: "EUR" } }), ad);
    expect(asMinimum.score).toBe(90);
    const slightlyOver = scoreSalary(
      profile({ preferences: { salaryTarget: 90_000, salaryCurrency: "EUR" } }),
      ad,
    );
    expect(slightlyOver.score!).toBeGreaterThan(90);
    expect(slightlyOver.evidence).toContain("you: around 90,000 EUR a year");
    const far = scoreSalary(profile({ preferences: { salaryTarget: 120_000, salaryCurrency: "EUR" } }), ad);
    expect(far.score!).toBeLessThan(40);
  });

  it("says what is missing when the person has not said", () => {
    const d = scoreSalary(profile({ preferences: {} }), ad);
    expect(d.score).toBeNull();
    expect(d.needs).toBe("salary");
    expect(d.explanation).toMatch(/not said what pay you expect/);
  });
});

describe("location", () => {
  const elsewhere = (relocate?: boolean) =>
    profile({
      contact: { location: "Lisbon, Portugal", links: [] },
      preferences: relocate === undefined ? {} : { relocate },
    });
  it("weighs relocation: open to it, not, or not said (then asks)", () => {
    expect(scoreLocation(elsewhere(true), ad).score).toBe(80);
    expect(scoreLocation(elsewhere(false), ad).score).toBe(15);
    const unknown = scoreLocation(elsewhere(), ad);
    expect(unknown.score).toBe(40);
    expect(unknown.needs).toBe("relocation");
  });

  it("scores a role in a place they said they would move to as a match (trial, issue 12)", () => {
    const leeds = (relocateTo?: string[]) =>
      profile({
        preferences: { desiredLocation: "Leeds", relocate: true, ...(relocateTo ? { relocateTo } : {}) },
      });
    const moving = scoreLocation(leeds(["Manchester", "Berlin"]), ad);
    expect(moving.score).toBe(95);
    expect(moving.explanation).toMatch(/a place you said you would relocate to \(you are in Leeds\)/);
    // Open to relocating without naming Berlin: a move, as before.
    expect(scoreLocation(leeds(), ad).score).toBe(80);
    expect(scoreLocation(leeds(["Manchester"]), ad).score).toBe(80);
  });

  it("a city said by another of its names is the same place (issue 13: Cologne is Köln)", () => {
    const inCologne = profile({ contact: { location: "Cologne, Germany", links: [] }, preferences: {} });
    const score = scoreLocation(inCologne, { ...ad, location: "Köln" });
    expect(score.score).toBe(100);
    expect(score.explanation).toContain("where you are");
    // Not every city is every other: Cologne is still not Lisbon.
    expect(scoreLocation(inCologne, { ...ad, location: "Lisbon" }).score).toBeLessThan(100);
  });

  it("does not call another town of the same country 'where you are'", () => {
    // Found trying the CLI as a designer in Utrecht against an Amsterdam ad: "Location 100 —
    // The role is in Amsterdam, Netherlands, where you are" (the shared word was the country).
    const sameCountry = (relocate?: boolean) =>
      profile({
        contact: { location: "Hamburg, Germany", links: [] },
        preferences: relocate === undefined ? {} : { relocate },
      });
    const unknown = scoreLocation(sameCountry(), ad);
    expect(unknown.explanation).not.toMatch(/where you are/);
    expect(unknown.explanation).toMatch(/you are in Hamburg, Germany: the same region, another town/);
    expect(unknown.score).toBe(70);
    expect(unknown.needs).toBe("relocation");
    expect(scoreLocation(sameCountry(true), ad).score).toBe(90);
    expect(scoreLocation(sameCountry(false), ad).score).toBe(50);
    // The same town is still where they are; a country alone still matches it.
    const here = profile({ contact: { location: "Berlin, Germany", links: [] }, preferences: {} });
    expect(scoreLocation(here, ad).explanation).toMatch(/where you are/);
    const country = profile({ contact: { location: "Germany", links: [] }, preferences: {} });
    expect(scoreLocation(country, ad).score).toBe(100);
  });

  it("a remote preference against an on-site role, and a missing place", () => {
    expect(scoreLocation(profile({ preferences: { remote: "remote" } }), ad).score).toBe(30);
    const none = scoreLocation(profile({ contact: { links: [] }, preferences: {} }), ad);
    expect(none.score).toBeNull();
    expect(none.needs).toBe("workMode");
  });
});

describe("culture fit", () => {
  it("scores stated values against the ad's cues, and asks when none are stated", () => {
    const d = scoreCulture(profile({ preferences: { values: ["work-life balance", "mentoring"] } }), ad);
    expect(d.score).not.toBeNull();
    const missing = scoreCulture(profile({ preferences: {} }), ad);
    expect(missing.needs).toBe("values");
    expect(missing.explanation).toMatch(/the ad signals learning, work-life balance/);
  });

  // Found trying Discord as an accountant: an ad with no culture cues showed "Culture fit: n/a —
  // you have not said what you value", yet stated values could not have been scored either.
  it("says the ad is silent on culture when it is, whether or not values were stated", () => {
    const silent = preferenceAd([]);
    for (const values of [undefined, ["work-life balance"]]) {
      const d = scoreCulture(profile({ preferences: values ? { values } : {} }), silent);
      expect(d.score).toBeNull();
      expect(d.explanation).toBe("Not enough data: the ad says nothing about culture or values.");
      expect(d.needs).toBeUndefined();
    }
  });
});

describe("a described dream role", () => {
  // "I want to be a marketing manager, remote, around $120k": the pay, work mode and culture it
  // carries are the person's own words. Before, the agent answered "What pay do you expect? The
  // ad offers $120k" and location scored 100 against the person's own "remote".
  const dream = {
    ...preferenceAd(["fast-paced"]),
    source: "role_profile" as const,
    location: undefined,
    workMode: "remote" as const,
    salary: { min: 120_000, max: 120_000, currency: "USD", period: "year" as const, text: "$120k" },
  };

  it("compares nothing with the person's own words and asks nothing", () => {
    const person = profile({ preferences: {} });
    for (const d of [scoreSalary(person, dream), scoreLocation(person, dream), scoreCulture(person, dream)]) {
      expect(d.score).toBeNull();
      expect(d.needs).toBeUndefined();
      expect(d.explanation).toMatch(/a described role has no .* of its own/);
    }
    expect(scoreSalary(person, dream).explanation).toMatch(/about \$120k is what you want/);
  });

  it("gives no advice to add preferences a described role cannot use", () => {
    const recs = analyze(profile({ preferences: {} }), dream, gapDeps()).recommendations.join("\n");
    expect(recs).not.toMatch(/salary expectation|what you value|remote preference/);
  });
});

describe("advice on missing preferences", () => {
  it("asks for values and a place when a real ad's scores need them", () => {
    // Before: the advice looked for "you have not stated" and "your profile" in the
    // explanations, which say "you have not said", so it never appeared.
    const recs = analyze(
      profile({ contact: { links: [] }, preferences: {} }),
      ad,
      gapDeps(),
    ).recommendations.join("\n");
    expect(recs).toMatch(/what you value at work/);
    expect(recs).toMatch(/location or remote preference/);
    expect(recs).toMatch(/salary expectation/);
  });
});
