/**
 * The fit set measured with the project's own parsers: resume text -> ProfileSnapshot via
 * tools/resume, ad text -> JobPosting via tools/jobs, then tools/gap. `now` is fixed so
 * open-ended roles ("2017 - Present") count the same on every run.
 */
import { getLearningCatalog } from "../../../data/learning/index.ts";
import { getTaxonomy } from "../../../data/taxonomy/index.ts";
import { parseJobPosting } from "../../jobs/parse.ts";
import { parseResumeText } from "../../resume/parse-text.ts";
import { loadSkillExtractor } from "../../resume/skills-port.ts";
import { toProfileSnapshot } from "../../resume/to-profile.ts";
import type { ParsedResume } from "../../resume/types.ts";
import { extractSkills } from "../../skills/extract.ts";
import { analyze } from "../analyze.ts";
import type { FitSetDeps } from "./fit-set.ts";

/** The reference resumes are from around 2018-2019. */
export const FIT_SET_NOW = new Date("2019-01-01T00:00:00Z");

export async function defaultFitDeps(): Promise<FitSetDeps> {
  const skills = await loadSkillExtractor();
  // The fitter measures the occupation input whether or not the committed model uses it.
  const deps = { graph: getTaxonomy(), catalog: getLearningCatalog(), readOccupation: true };
  return {
    profileFromText: async (text) => {
      const parsed = await parseResumeText(text, { skills, now: FIT_SET_NOW });
      return toProfileSnapshot({
        ...parsed,
        source: { kind: "text", bytes: text.length, pages: 1, ocr: false, columns: 1 },
      } as ParsedResume);
    },
    parseJob: (text) => parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }), deps.graph),
    analyze: (profile, job) => analyze(profile, job, deps),
  };
}
