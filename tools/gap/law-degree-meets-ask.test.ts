/**
 * Degree equivalence (issue 13, evidence17e): a lawyer's "J.D." that the resume reader kept
 * without a level met no degree ask, so an ad's "JD from an accredited law school" (then typed
 * as a licence) read as a missing must-have, and "Master's degree or JD" read one level short.
 * The entry is now read at the level its words name (tools/gap/degree-levels.ts). Profile and
 * ad written here.
 */
import { describe, expect, it } from "vitest";
import type { ProfileSnapshot } from "../../contract/profile.ts";
import { getLearningCatalog } from "../../data/learning/index.ts";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";
import { withDegreeLevels } from "./degree-levels.ts";

const graph = getTaxonomy();
const deps = { graph, catalog: getLearningCatalog() };

const lawyer = (degree: string): ProfileSnapshot => ({
  contact: { name: "Dana Reyes", links: [] },
  headline: "Corporate attorney",
  skills: [],
  experience: [
    {
      title: "Associate Attorney",
      company: "Harlow & Finch LLP",
      start: "2016-09",
      end: "2022-06",
      bullets: [
        "Drafted and negotiated commercial contracts for mid-size technology clients.",
        "Advised on corporate governance and regulatory compliance matters.",
      ],
      skills: [],
    },
  ],
  education: [
    { degree, institution: "Lakeside University School of Law", end: "2016" },
    { degree: "B.A. in History", level: "bachelor", field: "History", institution: "Lakeside College" },
  ],
  certifications: [],
  languages: [],
  projects: [],
  totalYearsExperience: 6,
  preferences: {},
  parseConfidence: 1,
});

const ad = [
  "Contracts Counsel",
  "Northgate Software is hiring a contracts counsel to support our sales team.",
  "Requirements:",
  "- JD from an accredited law school.",
  "- 4+ years drafting and negotiating commercial contracts.",
  "- Strong written communication.",
].join("\n");

describe("a law degree held meets a law degree asked", () => {
  it("reads a level-less J.D. entry at master's level and in law", () => {
    const read = withDegreeLevels(lawyer("J.D.")).education[0]!;
    expect(read.level).toBe("master");
    expect(read.field).toBe("law");
  });

  it("meets the ad's JD ask with the lawyer's J.D. (a degree ask, not a licence)", () => {
    const job = parseJobPosting(ad, (t) => extractSkills(t, { section: "job ad" }), graph);
    expect(job.education?.level).toBe("master");
    const a = analyze(lawyer("J.D."), job, deps);
    const jd = (a.requirements ?? []).find((r) => /\bJD\b/.test(r.text));
    expect(jd?.type).toBe("degree");
    expect(jd?.met).toBe(true);
    expect(a.scores.education).toBeGreaterThanOrEqual(90);
  });

  it("keeps a level the resume reader set, and an entry naming no degree without one", () => {
    const p = lawyer("Certificate in Mediation");
    expect(withDegreeLevels(p).education[0]!.level).toBeUndefined();
    expect(withDegreeLevels(p).education[1]!.level).toBe("bachelor");
  });
});
