/**
 * trial17 §10, trial18 §4: "finished week 1" reprinted the whole 8-15 week plan (40-80 lines)
 * for one tick. A reply about one week draws that week and the next one to do; a reply about
 * the whole plan draws every week.
 */
import { expect, it } from "vitest";
import type { RoadmapPart } from "../../../contract/conversation.ts";
import { PLAIN, renderPart } from "./render.ts";

const plan = (done: number[], focusWeek?: number): RoadmapPart => ({
  type: "roadmap",
  roadmapId: "r1",
  title: "Roadmap to Bookkeeper",
  ...(focusWeek ? { focusWeek } : {}),
  weeks: Array.from({ length: 8 }, (_, i) => ({
    week: i + 1,
    title: `Topic ${i + 1}`,
    hours: 5,
    items: [
      { id: `w${i + 1}-a`, text: `Course part ${i + 1} (4 h)`, done: done.includes(i + 1) },
      { id: `w${i + 1}-p`, text: `Practice: exercise ${i + 1}`, done: done.includes(i + 1) },
    ],
  })),
});

const render = (part: RoadmapPart) => renderPart(part, PLAIN, { saveFile: () => "" });

it("a finished week draws that week ticked and the next week, not the rest of the plan", () => {
  const out = render(plan([1], 1));
  expect(out).toMatch(/Week 1 \(5 h\): Topic 1/);
  expect(out).toMatch(/\[x\] Course part 1/);
  expect(out).toMatch(/Week 2 \(5 h\): Topic 2/);
  expect(out).not.toMatch(/Week 3|Week 8/);
  expect(out).toMatch(/6 more weeks: say "show my roadmap" for the whole plan/);
  expect(out.split("\n").length).toBeLessThan(12);
});

it("the next week to do skips weeks already done", () => {
  const out = render(plan([1, 2, 3], 2));
  expect(out).toMatch(/Week 2 /);
  expect(out).toMatch(/Week 4 /);
  expect(out).not.toMatch(/Week 3 |Week 5 /);
});

it("a week asked about that is not done is drawn alone", () => {
  const out = render(plan([], 3));
  expect(out).toMatch(/Week 3 /);
  expect(out).not.toMatch(/Week [124-8] /);
});

it("the whole plan (new plan, 'show my roadmap') draws every week", () => {
  const out = render(plan([1]));
  for (let w = 1; w <= 8; w++) expect(out).toMatch(new RegExp(`Week ${w} \\(5 h\\)`));
  expect(out).not.toMatch(/more weeks/);
});

it("a long whole plan draws every week's heading and the items of the first weeks to do only (trial19 §15)", () => {
  const long: RoadmapPart = {
    ...plan([]),
    weeks: Array.from({ length: 26 }, (_, i) => ({
      week: i + 1,
      title: `Topic ${i + 1}`,
      hours: 6,
      checkpoint: `Checkpoint ${i + 1}`,
      items: [
        { id: `w${i + 1}-a`, text: `Course part ${i + 1} (4 h)`, done: false },
        { id: `w${i + 1}-p`, text: `Practice: exercise ${i + 1}`, done: false },
      ],
    })),
  };
  const out = render(long);
  for (let w = 1; w <= 26; w++) expect(out).toMatch(new RegExp(`Week ${w} \\(6 h\\): Topic ${w}\\b`));
  expect(out).toMatch(/Course part 1 \(4 h\)/);
  expect(out).toMatch(/Practice: exercise 2/);
  expect(out).not.toMatch(/Course part 3 |Checkpoint 3/);
  expect(out).toMatch(/what's in week 3\?/);
  expect(out.split("\n").length).toBeLessThan(40);
});

it("a plan of a few weeks is drawn whole", () => {
  const short: RoadmapPart = { ...plan([]), weeks: plan([]).weeks.slice(0, 3) };
  const out = render(short);
  expect(out).toMatch(/Course part 3/);
  expect(out).not.toMatch(/what's in week/);
});
