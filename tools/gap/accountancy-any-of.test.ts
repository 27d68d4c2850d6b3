/**
 * "Part or fully qualified ACCA, CIMA or ACA" is one either/or ask met by any of the three
 * (issue 13 trial: CIMA was unknown and "ACA" read as an O*NET market-research tool, so the ad
 * asked ACCA alone and a CIMA member had a HIGH "ACCA ... not on your profile" gap). The O*NET
 * product "Adaptive conjoint analysis ACA" stays a tool of market research analysts.
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { gapDeps, profile, skill } from "../../test-support/gap-fixtures.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();
const ad = parseJobPosting(
  "Management Accountant\nRequirements:\n- Part or fully qualified ACCA, CIMA or ACA\n- Strong Excel\n- Month-end close experience",
  (t) => extractSkills(t, { section: "job ad" }),
);

describe("an accountancy qualification asked as one of three", () => {
  it("knows CIMA and the ICAEW's ACA as credentials", () => {
    const t = getTaxonomy();
    expect(t.lookup("CIMA")?.category).toBe("certification");
    expect(t.lookup("ICAEW")?.id).toBe("icaew-aca");
    expect(t.get("adaptive-conjoint-analysis-aca")?.category).not.toBe("certification");
  });

  it("is one ask with the other two as alternatives", () => {
    const acca = ad.skills.find((s) => s.skillId === "acca");
    expect(acca?.alternatives).toEqual(["cima", "icaew-aca"]);
  });

  it("is met by a CIMA member with no gap naming ACCA", () => {
    const p = profile({
      certifications: [{ name: "CIMA", issuer: "CIMA", skills: ["CIMA"] }],
      skills: [
        skill("cima", "advanced", { evidence: ["certification: CIMA"] }),
        skill("excel", "advanced", { years: 4 }),
      ],
    });
    const a = analyze(p, ad, deps);
    expect(a.gaps.filter((g) => /ACCA|CIMA|ACA/.test(g.skill))).toEqual([]);
  });
});
