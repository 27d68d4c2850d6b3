/**
 * A degree named in an appended keyword list ("doctorate degree, Teamwork, …") is a listing,
 * not a degree held (issue 13 robustness, claims: on a team pair it met a doctorate the ad
 * required and, once listed skills no longer hid evidenced ones, turned UNFIT into FIT). Our
 * own fixtures.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, profile } from "../../test-support/gap-fixtures.ts";
import { withoutListedEvidence } from "./listed-evidence.ts";

const deps = gapDeps();

describe("a degree with nothing behind it", () => {
  it("is left out; a degree with a school, dates or a field stays", () => {
    const person = profile({
      education: [
        {
          degree: "Master of Science",
          level: "master",
          field: "Physics",
          institution: "Leeds University",
          end: "2012",
        },
        { degree: "doctorate degree", level: "doctorate" },
        { degree: "PhD", level: "doctorate", end: "2016" },
      ],
    });
    const read = withoutListedEvidence(person, deps.graph).profile;
    expect(read.education.map((e) => e.degree)).toEqual(["Master of Science", "PhD"]);
  });
});
