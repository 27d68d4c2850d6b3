/**
 * A duty said with "do" ("I do cleanings") was saved as "Do cleanings" (lead's new-user trial
 * 2026-12-06e, item 3): "do" only says the work is done; the bullet says it as a resume does.
 * Messages written for this test.
 */
import { expect, it } from "vitest";
import { dutiesSaid } from "./duties-said.ts";

it.each([
  [
    "hygienist 9 yrs, I do cleanings and I did fluoride treatments",
    ["Performed cleanings", "Performed fluoride treatments"],
  ],
  [
    "care assistant, doing home visits, did the medication rounds",
    ["Performed home visits", "Did the medication rounds"],
  ],
])("'%s' -> %j", (text, duties) => {
  expect(dutiesSaid(text)).toEqual(duties);
});

it.each([
  [
    "I'm a hygienist. I do cleanings, x-rays and periodontal charting",
    ["Performed cleanings, x-rays and periodontal charting"],
  ],
  ["line cook, I prepped sauces, soups and desserts. Tokyo next", ["Prepped sauces, soups and desserts"]],
])("the things listed after a duty's verb stay with it: '%s'", (text, duties) => {
  expect(dutiesSaid(text)).toEqual(duties);
});

it("a clause of its own after a duty is not listed with it", () => {
  expect(dutiesSaid("I trained new hires, love my job")).toEqual(["Trained new hires"]);
});
