/**
 * After an analysis with a missing preference the agent asks once, with quick replies whose
 * sentences the reanalysis reads; the next analysis does not ask the same again.
 */
import { expect, it } from "vitest";
import { gapDeps, preferenceAd, profile } from "../../test-support/gap-fixtures.ts";
import { analyze } from "../../tools/gap/analyze.ts";
import { preferencesIn } from "../../tools/gap/stated-preferences.ts";
import { preferenceQuestion } from "./preference-question.ts";

const deps = gapDeps();
const ad = preferenceAd();

it("asks for each missing preference once, with replies the reanalysis understands", () => {
  const person = profile({ contact: { location: "Lisbon, Portugal", links: [] }, preferences: {} });
  const analysis = analyze(person, ad, deps);
  const asked: string[] = [];
  const seen: string[] = [];
  for (let turn = 0; turn < 6; turn++) {
    const q = preferenceQuestion(analysis, asked);
    if (!q) break;
    expect(asked).not.toContain(q.need);
    asked.push(q.need);
    seen.push(q.need);
    const [text, replies] = q.parts;
    expect(text.text.length).toBeGreaterThan(10);
    expect(replies.options.length).toBeGreaterThan(0);
    for (const option of replies.options)
      expect(Object.keys(preferencesIn(option.text)), option.text).not.toEqual([]);
  }
  expect(seen).toEqual(["salary", "relocation", "values"]);
  expect(preferenceQuestion(analysis, asked)).toBeUndefined();
});

it("asks nothing when the person's side is known", () => {
  const person = profile({
    contact: { location: "Berlin, Germany", links: [] },
    preferences: { salaryMin: 60_000, salaryCurrency: "EUR", values: ["autonomy"] },
  });
  expect(preferenceQuestion(analyze(person, ad, deps))).toBeUndefined();
});
