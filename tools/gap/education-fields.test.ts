/**
 * Issue 13: a degree in the ad's broad field of study (ISCED-F 2013) is in the field, in the
 * degree ask and in the education score alike — "Information Systems" for "computer science",
 * "Accounting" for "finance" — while a degree of another broad field is not. Degrees written here.
 */
import { describe, expect, it } from "vitest";
import { job, profile } from "../../test-support/gap-fixtures.ts";
import { degreeHeld } from "./degree-held.ts";
import { broadFields, inAskedField } from "./education-fields.ts";
import { scoreEducation } from "./score-education.ts";

const holder = (degree: string, field: string) =>
  profile({ education: [{ degree, level: "bachelor", field }] });
const asking = (field: string) =>
  job({
    education: {
      kind: "required",
      level: "bachelor",
      fields: [field],
      equivalentExperience: false,
      evidence: "",
    },
  });

describe("fields of study by ISCED-F broad field", () => {
  it("files degree names under their broad field", () => {
    expect(broadFields("BSc Information Systems")).toEqual(["06"]);
    expect(broadFields("Accounting")).toEqual(["04"]);
    expect(broadFields("Mechanical Engineering")).toEqual(["07"]);
    expect(broadFields("STEM")).toEqual(["05", "06", "07"]);
  });

  it("meets a field ask with a degree of the same broad field, not another", () => {
    expect(inAskedField(["computer science"], "bsc information systems")).toBe(true);
    expect(inAskedField(["finance"], "bachelor of commerce accounting")).toBe(true);
    expect(inAskedField(["computer science"], "ba history")).toBe(false);
  });

  it("reads the degree ask and the education score the same way", () => {
    const p = holder("Bachelor of Science", "Information Systems");
    expect(degreeHeld("Bachelor's degree in computer science required", p)?.met).toBe(true);
    expect(scoreEducation(p, asking("computer science"), 0).score).toBe(100);
    const other = holder("Bachelor of Arts", "History");
    expect(degreeHeld("Bachelor's degree in computer science required", other)?.met).toBe(false);
    expect(scoreEducation(other, asking("computer science"), 0).score).toBeLessThan(100);
  });
});
