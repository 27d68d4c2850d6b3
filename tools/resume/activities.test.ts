/**
 * Things done outside jobs are evidence, not jobs (issue 14): a volunteering or service
 * activities section stays out of the job list, yet what it says the person did — talks given,
 * outreach run — reaches the gap analysis. The real parser, skill extractor and soft-skill
 * reader run; the resume is made up for this test.
 */
import { describe, expect, it } from "vitest";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { softSkillShown } from "../gap/soft-skills.ts";
import { parseResumeText } from "./parse-text.ts";

const NOW = new Date("2024-06-01");

const resume = (heading: string) =>
  [
    "Robin Example",
    "robin@example.com | Dayton, OH",
    "EXPERIENCE",
    "Kindergarten Teacher, Maple Grove Elementary, Dayton",
    "August 2016 - Present",
    "- Planned daily lessons in phonics and early numeracy for 22 pupils.",
    "EDUCATION",
    "Bachelor of Science in Early Childhood Education, Wright State University, 2016",
    heading,
    "Family Literacy Nights",
    "- Presented reading games to parents at six evening sessions a year.",
    "Neighbourhood Food Pantry",
    "- Sorted donations on Saturday mornings.",
  ].join("\n");

describe("an activities section", () => {
  it.each(["VOLUNTEERING", "OUTREACH ACTIVITIES"])("under %s adds no job", async (heading) => {
    const parsed = await parseResumeText(resume(heading), { now: NOW });
    expect(parsed.experience.map((e) => e.company)).toEqual(["Maple Grove Elementary"]);
    expect(parsed.activities?.map((a) => a.name)).toEqual([
      "Family Literacy Nights",
      "Neighbourhood Food Pantry",
    ]);
  });

  it.each(["VOLUNTEERING", "OUTREACH ACTIVITIES"])(
    "under %s is evidence the gap analysis reads",
    async (heading) => {
      const profile = await profileFromText(resume(heading), NOW);
      expect(profile.experience).toHaveLength(1);
      const shown = softSkillShown(profile, ["presentation"]);
      expect(shown?.quote).toMatch(/Presented reading games to parents/);
      expect(shown?.where).toBe("project Family Literacy Nights");
    },
  );

  it("leaves prizes won to the awards section", async () => {
    const parsed = await parseResumeText(
      resume("AWARDS").replace("Family Literacy Nights", "Teacher of the Year"),
      {
        now: NOW,
      },
    );
    expect(parsed.activities ?? []).toEqual([]);
  });
});
