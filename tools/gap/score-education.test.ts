/**
 * A degree still being studied for does not meet the level an ad asks for (issue 13: a PhD
 * with the thesis in corrections was read as held against a postdoctoral post).
 */
import { expect, it } from "vitest";
import { job, profile } from "../../test-support/gap-fixtures.ts";
import { highestEducation, scoreEducation } from "./score-education.ts";

const phdAsked = job({
  education: {
    kind: "required",
    level: "doctorate",
    fields: [],
    equivalentExperience: false,
    evidence: "qualified at postdoctoral level",
  },
});

it("counts a finished degree and not one in progress", () => {
  const person = profile({
    education: [
      { degree: "PhD in Public Health", level: "doctorate", field: "Public Health", inProgress: true },
      { degree: "MSc Epidemiology", level: "master", field: "Epidemiology" },
    ],
  });
  expect(highestEducation(person).level).toBe("master");
  const scored = scoreEducation(person, phdAsked, 0);
  expect(scored.short).toBe(1);
  expect(scored.explanation).toMatch(/you have master/);
  const finished = profile({
    education: [{ degree: "PhD in Public Health", level: "doctorate", field: "Public Health" }],
  });
  expect(scoreEducation(finished, phdAsked, 0).short).toBe(0);
});
