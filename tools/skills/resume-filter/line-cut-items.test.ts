/**
 * A list item that opens with a joining word is the end of a phrase a line break cut, not a skill
 * of its own, in any case (trial19: an engineer's objectives, "(D) Sales/Marketing/Export" then
 * "Of Castings, Auto Components", gave the skill "Of Castings"). Resume lines invented.
 */
import { describe, expect, it } from "vitest";
import { extractSkills } from "../extract.ts";
import { resumeSkillCandidates } from "./candidates.ts";
import { isItemShaped } from "./name-shape.ts";

const objectives = [
  "Marek Dvorak",
  "OBJECTIVE",
  "Roles in these fields:",
  "(A) Operations",
  "Rolling, Heat Treatment, Production Control of Mills.",
  "(B) Trading/Distribution/Export",
  "Of Seamless Tubes, Steel Fittings, Mill Rolls.",
  "(C) Advisory",
  "In Mill Projects, Rolling, Quality Audits,",
  "EMPLOYMENT HISTORY",
].join("\n");

describe("items a line break cut", () => {
  it("are not item-shaped when a joining word opens or ends them, capitalised or not", () => {
    for (const item of ["Of Seamless Tubes", "of seamless tubes", "In Mill Projects", "Tubes and"])
      expect(isItemShaped(item), item).toBe(false);
    for (const item of ["Internet of Things", "Heat Treatment", "On-call Support"])
      expect(isItemShaped(item), item).toBe(true);
  });

  it("give no skill candidate of their own", () => {
    const found = extractSkills(objectives, { unlisted: true });
    const items = resumeSkillCandidates(objectives, found, () => undefined).map((c) => c.skill.name);
    expect(items).toEqual(expect.arrayContaining(["Steel Fittings", "Mill Rolls"]));
    expect(items.filter((n) => /^(?:of|in)\s/i.test(n))).toEqual([]);
  });
});
