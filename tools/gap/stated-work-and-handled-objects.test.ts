/**
 * Issue 13 (evidence18e): two ways a must-have read as missing was shown all along.
 * - An ad that asks nothing and only says what the job is: nothing could be scored, so a cleaner
 *   who had done exactly that work was "UNFIT: not enough data". The stated work is the ask
 *   (tools/jobs/stated-work.ts) and the resume's work meets it.
 * - A short ask whose verb only says the person deals with something ("Able to handle cargo"):
 *   the object is the ask, and a warehouse line that unloads freight shows it (duty-match.ts).
 * Ads and resumes are written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";
import { phraseMatch } from "./duty-match.ts";

const deps = gapDeps();
const parse = (text: string) =>
  parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }), deps.graph);
const NOW = new Date("2026-06-01");

const DUTY_ONLY_AD = [
  "Seaview Hotel is looking for new staff for housekeeping .",
  "The job is cleaning guest rooms and changing bed linen every morning .",
  "Work is four days a week including weekends .",
].join("\n");

const CLEANER = [
  "Ana Costa",
  "ana.costa@example.org | Porto",
  "EXPERIENCE",
  "Room Attendant — Hotel Ribeira, Porto — March 2021 to present",
  "- Cleaned and made up 14 guest rooms a shift and changed the bed linen",
  "- Restocked towels and toiletries and reported damage to the supervisor",
  "Cleaner — Lavandaria Sol, Porto — 2019 to 2021",
  "- Cleaned the shop floor and washed and ironed customers' linen",
].join("\n");

describe("an ad that only states the work", () => {
  it("asks that work, and a person who did it is not ruled out for lack of data", async () => {
    const job = parse(DUTY_ONLY_AD);
    expect((job.requirementLines ?? []).some((l) => /cleaning guest rooms/.test(l.text))).toBe(true);
    const a = analyze(await profileFromText(CLEANER, NOW), job, deps);
    expect(a.verdictReason).not.toMatch(/not enough data/);
    const asked = (a.requirements ?? []).filter((r) => r.type === "duty" && r.kind === "required");
    expect(asked.some((r) => /cleaning guest rooms/.test(r.text) && r.met)).toBe(true);
    // Where the job is and its hours are no ask.
    expect(asked.some((r) => /four days a week/.test(r.text))).toBe(false);
  });

  it("is not read that way when the ad asks something", () => {
    const job = parse(`${DUTY_ONLY_AD}\nRequirements:\nExperience in hotel housekeeping`);
    expect((job.requirementLines ?? []).some((l) => l.statedWork)).toBe(false);
  });
});

describe("a short ask whose verb only says the person deals with something", () => {
  const WAREHOUSE = [
    "Unloaded incoming freight from delivery trucks and stacked the pallets",
    "Answered the phone at the goods-in desk",
  ];

  it("is met by a line that does the work on the object in its own verbs", () => {
    const m = phraseMatch("Able to handle cargo", WAREHOUSE);
    expect(m?.at).toBe(0);
    expect(m!.similarity).toBeGreaterThanOrEqual(0.6);
  });

  it("keeps a verb that names the action asked", () => {
    // "lead" is what is asked: working in a team does not show it.
    const m = phraseMatch("Able to lead a team", ["Worked in a team of six on the night shift"]);
    expect(m?.similarity ?? 0).toBeLessThan(0.6);
  });
});
