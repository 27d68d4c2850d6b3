/**
 * "Four years as a payroll administrator, preferably with Danish payroll systems" asks for the
 * four years; only the system is a wish. The whole ask was read as a nice-to-have because a
 * preference word appeared anywhere in it (issue 13, 2026-12-04 late night: an outside dev pair's
 * must-have "3+ years as a data-warehouse developer, preferably MS SQL Server" was read so once the
 * ad's list was split into its items). Invented ad lines.
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { shippedEmbedder } from "./evidence.ts";
import { typeRequirements, withoutPreferredDetail } from "./requirements.ts";

const graph = getTaxonomy();
const kindOf = (ask: string) => {
  const ad = ["Payroll Administrator", "Requirements:", `- ${ask}`].join("\n");
  const job = parseJobPosting(ad, (t) => extractSkills(t, { section: "job ad" }), graph);
  return typeRequirements(job, graph, shippedEmbedder())[0]?.kind;
};

describe("a preferred detail after an ask", () => {
  it("leaves the ask required", () => {
    expect(kindOf("Four years as a payroll administrator, preferably with Danish payroll systems")).toBe(
      "required",
    );
    expect(kindOf("Solid Excel skills ( ideally on the newest version )")).toBe("required");
  });

  it("a wish as a whole stays a nice-to-have", () => {
    expect(kindOf("Knowledge of Swedish, ideally in a business setting, is a plus")).toBe("preferred");
    expect(kindOf("Preferably with experience from a bank")).toBe("preferred");
  });

  it("is cut only after an ask", () => {
    expect(withoutPreferredDetail("Ideally with a car")).toBe("Ideally with a car");
  });
});
