/**
 * A list bulleted with dashes ("- Wound care") is a list like one bulleted with "•" or "*": the
 * dash is no part of the ask. It was kept ("- Employee relations casework", "– Calm, friendly
 * phone manner" shown as the ask), and the line was not read as a list item (issue 13, found
 * measuring requirements of other fields, 2026-12-05). Ads written here.
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { shippedEmbedder } from "../gap/evidence.ts";
import { typeRequirements } from "../gap/requirements.ts";
import { extractSkills } from "../skills/extract.ts";
import { parseJobPosting } from "./parse.ts";

const graph = getTaxonomy();
const parse = (ad: string) => parseJobPosting(ad, (t) => extractSkills(t, { section: "job ad" }), graph);

const DASHED = [
  "Recruiting Coordinator",
  "Requirements:",
  "- Employee relations casework",
  "- Full-cycle recruitment support",
  "– Calm, friendly phone manner",
].join("\n");

const STARRED = DASHED.replace(/^[-–] /gm, "* ");

describe("dash bullets", () => {
  it("the dash is not part of the requirement line", () => {
    const lines = (parse(DASHED).requirementLines ?? []).map((l) => l.text);
    expect(lines).toEqual([
      "Employee relations casework",
      "Full-cycle recruitment support",
      "Calm, friendly phone manner",
    ]);
  });

  it("a dashed list gives the asks a starred one gives", () => {
    const asks = (ad: string) => typeRequirements(parse(ad), graph, shippedEmbedder()).map((a) => a.text);
    expect(asks(DASHED)).toEqual(asks(STARRED));
    expect(asks(DASHED)).toContain("Calm, friendly phone manner");
  });

  it("a minus sign or a range is not a bullet", () => {
    const lines = (
      parse(["Cold Store Picker", "Requirements:", "-20°C freezer work on night shifts"].join("\n"))
        .requirementLines ?? []
    ).map((l) => l.text);
    expect(lines[0]).toMatch(/^-20°C/);
  });
});
