/**
 * trial13 §10: "Title - Specialisation (City)" over "Company - City (Hybrid)" read the
 * specialisation as the company. Ads written for this test.
 */
import { describe, expect, it } from "vitest";
import { extractSkills } from "../skills/extract.ts";
import { parseJobPosting } from "./parse.ts";

const parse = (text: string) => parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }));

describe("the company on its own line under a specialised title", () => {
  it("takes the company from the second line and keeps the specialisation in the title", () => {
    const ad = parse(
      "Medical Science Liaison - Oncology (Madrid)\nHelvora Pharma Ltd - Madrid, Spain (Hybrid)\n\nRequirements\n- Degree in pharmacy or life sciences\n- 3+ years in a field medical role",
    );
    expect(ad.company).toBe("Helvora Pharma Ltd");
    expect(ad.title).toBe("Medical Science Liaison - Oncology");
    expect(ad.location).toMatch(/Madrid/);
    expect(ad.workMode).toBe("hybrid");
  });

  it("keeps the title's own employer when the second line is the ad's body", () => {
    const ad = parse(
      "Store Manager - Brightwell Foods (Bristol)\nWe are looking for a store manager to run our new shop.\n\nRequirements\n- Retail management experience",
    );
    expect(ad.company).toBe("Brightwell Foods");
  });
});
