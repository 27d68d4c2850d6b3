/**
 * Trial 2026-12-06 (F14, F1): the spelling and abbreviation fixer rewrote words of job titles —
 * "an HR Business Partner" became "an hours business partner" (no known role: a dead end) and
 * "charge nurse" became "change nurse". Messages written for this test.
 */
import { expect, it } from "vitest";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { normalize } from "./normalize.ts";
import { understand } from "./understand.ts";

it("keeps HR as human resources before a title, and as hours when it is an amount", () => {
  expect(normalize("I'd like to be an HR Business Partner someday")).toContain("an hr business partner");
  expect(normalize("thinking about a HR generalist job")).toContain("a hr generalist");
  expect(normalize("i can give it an hr a day")).toContain("an hours a day");
  expect(normalize("maybe an hr, tops")).toContain("an hours,");
  expect(normalize("2 hr per night")).toContain("2 hours per night");
});

it("leaves a word before a title's head alone, and still fixes misspelt request words", () => {
  expect(normalize("the last two years I was a charge nurse")).toContain("charge nurse");
  expect(normalize("can you chnage my target")).toContain("change my target");
});

it("sets an HR Business Partner target from a plain wish", async () => {
  const plan = await understand("my goal is to become an HR Business Partner", {
    focus: {},
    attachments: [],
    available: new Set(TOOL_NAMES),
  });
  const target = plan.calls.find((c) => c.name === "set_dream_job");
  expect(String(target?.args.text)).toMatch(/^HR Business Partner$/i);
});
