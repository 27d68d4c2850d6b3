/**
 * An entry-level ad ("0-2 years of experience", a junior or graduate post with no years stated)
 * cannot ask for a skill at an advanced or expert level: in this reader a level follows the
 * years behind it (years.ts levelForYears: advanced from 4 years), so "solid Java" in an ad open
 * to new graduates asks a working command (intermediate), not four years of it. Without this a
 * new graduate read "Must-have Java at advanced level" for a 0-2 years role (trial F9.1).
 */
import type { Segment } from "./segments.ts";
import type { ExperienceRequirement, Seniority, SkillRequirement } from "./types.ts";

/**
 * An ad that says outright it needs no experience ("No prior experience required", "new grads
 * welcome", "recent graduates are encouraged to apply") states an entry-level years ask of none, as
 * "0-2 years" does (years.ts): the experience asked is then met by anyone, and no "typical for a
 * junior role" year is asked of a new graduate.
 */
const NO_EXPERIENCE_NEEDED =
  /\b(?:no (?:prior |previous |professional |work |industry )?experience (?:is )?(?:required|needed|necessary)|(?:new|recent) (?:grad(?:uate)?s?|college graduates?) (?:are )?(?:welcome|encouraged)|open to (?:new|recent) (?:grad(?:uate)?s?)|(?<!\bnot an? )entry[- ]level (?:role|position|job))\b/i;

/** The ad's "no experience needed" statement as a years ask of none, when it makes one and states no years. */
export function noExperienceAsk(
  segments: Segment[],
  experience: ExperienceRequirement[],
): ExperienceRequirement | undefined {
  if (experience.some((e) => e.kind === "required" && e.skills.length === 0)) return undefined;
  const said = segments.find(
    (s) => s.section !== "benefits" && s.section !== "company" && NO_EXPERIENCE_NEEDED.test(s.text),
  );
  return said
    ? { minYears: 0, kind: "required", skills: [], evidence: said.text.trim().slice(0, 240) }
    : undefined;
}

/** The most years the ad requires (overall or of a skill), as stated; undefined when it states none. */
function mostYearsRequired(experience: ExperienceRequirement[]): number | undefined {
  const required = experience.filter((e) => e.kind === "required");
  return required.length ? Math.max(...required.map((e) => e.minYears)) : undefined;
}

/** Whether the ad is open to people with up to two years of experience. */
export function isEntryLevel(experience: ExperienceRequirement[], seniority: Seniority | undefined): boolean {
  const stated = mostYearsRequired(experience);
  if (stated !== undefined) return stated <= 2;
  return seniority === "intern" || seniority === "junior";
}

/** The skills asked with any advanced or expert level capped at intermediate on an entry-level ad. */
export function entryLevelSkills(
  skills: SkillRequirement[],
  experience: ExperienceRequirement[],
  seniority: Seniority | undefined,
): SkillRequirement[] {
  if (!isEntryLevel(experience, seniority)) return skills;
  return skills.map((s) =>
    s.level === "advanced" || s.level === "expert" ? { ...s, level: "intermediate" } : s,
  );
}
