/**
 * Issue 13 (evidence18e, degree equivalence): a logistics ad's "Secondary education" was read as
 * no education ask: it is the secondary level (tools/jobs/education.ts). Said of the work
 * ("teach in a secondary school") the words ask nothing. The ad lines are written here.
 */
import { describe, expect, it } from "vitest";
import { readEducation } from "./education.ts";

describe("secondary schooling asked by an ad", () => {
  it("is read as the secondary level, with no field of study", () => {
    for (const ask of ["Secondary education", "Completed high school", "GCSEs in English and Maths"]) {
      const read = readEducation(ask, "required");
      expect(read?.level, ask).toBe("secondary");
      expect(read?.fields, ask).toEqual([]);
    }
  });

  it("is no ask when the words speak of the work", () => {
    expect(readEducation("You will teach maths in a secondary school", "required")).toBeUndefined();
  });
});
