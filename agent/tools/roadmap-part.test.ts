/**
 * The roadmap card and the reply count the same lines ("3 of 20 done" on the card against
 * "1 of 5 items" in the text was the bug), and each button names one line of one week.
 */
import { expect, it } from "vitest";
import { gapDeps, longItemCase } from "../../test-support/gap-fixtures.ts";
import { analyze } from "../../tools/gap/analyze.ts";
import { buildRoadmap, markDone } from "../../tools/roadmap/build.ts";
import { progressSummary } from "../../tools/roadmap/service.ts";
import { roadmapPart } from "./roadmap-tools.ts";

const deps = gapDeps();
const { person, target } = longItemCase();

it("card and reply agree after finishing week 1, and every line has its own id", () => {
  const plan = buildRoadmap(analyze(person, target, deps), person, deps, { hoursPerWeek: 8 });
  const done = markDone(plan, { week: 1 });
  const card = roadmapPart(done, "r1");
  const lines = card.weeks.flatMap((w) => w.items);
  const summary = progressSummary(done);
  expect(summary.total).toBe(lines.length);
  expect(summary.done).toBe(lines.filter((l) => l.done).length);
  expect(card.weeks[0]!.items.every((l) => l.done)).toBe(true);
  expect(
    card.weeks
      .slice(1)
      .flatMap((w) => w.items)
      .some((l) => l.done),
  ).toBe(false);
  expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
  // The same course is not shown on every week's line.
  const courseLines = lines.filter((l) => l.url && !/multi-week course/.test(l.text));
  const urls = courseLines.map((l) => l.url);
  expect(new Set(urls).size).toBe(urls.length);
});

it("a week that ends one course and starts the next shows both on its line (week 1 of a course is never hidden)", () => {
  const plan = buildRoadmap(analyze(person, target, deps), person, deps, { hoursPerWeek: 8 });
  const card = roadmapPart(plan, "r1");
  const withTwo = plan.weeks.flatMap((w) =>
    w.parts.filter((p) => (p.resources?.length ?? 0) > 1).map((p) => ({ week: w.week, part: p })),
  );
  expect(withTwo.length).toBeGreaterThan(0);
  for (const { week, part } of withTwo) {
    const line = card.weeks.find((w) => w.week === week)!.items.find((i) => i.text.startsWith(part.skill))!;
    for (const r of part.resources!) expect(line.text).toContain(r.title);
  }
  // Every multi-week course shows its first week somewhere on the card.
  const notes = card.weeks.flatMap((w) => w.items.map((i) => i.text));
  for (const n of notes.join("\n").matchAll(/multi-week course: week \d+ of (\d+)/g))
    expect(notes.join("\n")).toMatch(new RegExp(`week 1 of ${n[1]}`));
});
