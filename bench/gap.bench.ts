/**
 * Gap analysis speed: parsing a job ad, analysing a parsed resume against a parsed job, and
 * planning the roadmap — all warm (taxonomy, catalog and caches loaded once). Uses the test
 * fixtures and, when ../shared/data is present, a real ad.
 */

import { gapDeps, job, profile, requirement, SAMPLE_AD, skill } from "../test-support/gap-fixtures.ts";
import { analyze } from "../tools/gap/analyze.ts";
import { loadPostings } from "../tools/gap/eval/shared-data.ts";
import { parseJobPosting } from "../tools/jobs/parse.ts";
import { buildRoadmap } from "../tools/roadmap/build.ts";
import { extractSkills } from "../tools/skills/extract.ts";
import type { BenchContext } from "./harness.ts";

export default async function gapBench(ctx: BenchContext): Promise<void> {
  const deps = gapDeps();
  const extract = (text: string) => extractSkills(text, { section: "job ad" });
  const real = loadPostings()?.find((p) => p.id === "train-tech-1")?.text;
  const adText = real ?? SAMPLE_AD;
  const parsedJob = parseJobPosting(adText, extract, deps.graph);
  const person = profile({
    skills: [
      ...profile().skills,
      skill("docker", "intermediate", { years: 2 }),
      skill("javascript", "beginner"),
      skill("selenium", "intermediate", { years: 3 }),
      skill("jenkins", "beginner", { validated: false, evidence: [] }),
      skill("communication", "advanced"),
    ],
  });

  await ctx.measure("job-ad parse (real ad, ~4k chars)", () => parseJobPosting(adText, extract, deps.graph), {
    iterations: 60,
    warmup: 5,
  });
  // A new ad each time (a reference line under the title changes its opening), so nothing read
  // from one ad's text is served from a cache: what the first parse of a pasted ad costs.
  const [head, ...rest] = adText.split("\n");
  let fresh = 0;
  const newAd = () => [head, `Posting reference ${++fresh}.`, ...rest].join("\n");
  await ctx.measure(
    "job-ad parse (a new ad each time)",
    () => parseJobPosting(newAd(), extract, deps.graph),
    {
      iterations: 60,
      warmup: 5,
    },
  );
  await ctx.measure("gap analysis (parsed resume vs parsed job)", () => analyze(person, parsedJob, deps), {
    iterations: 200,
    warmup: 20,
  });
  const gapsJob = job({
    skills: ["pandas", "react", "kubernetes", "terraform", "kafka", "airflow"].map((id, i) =>
      requirement(id, i < 4 ? "required" : "preferred", { critical: i < 2 }),
    ),
  });
  const analysis = analyze(person, gapsJob, deps);
  await ctx.measure(
    "roadmap (6 gaps with prerequisites)",
    () => buildRoadmap(analysis, person, deps, { hoursPerWeek: 10 }),
    {
      iterations: 200,
      warmup: 20,
    },
  );
  const heavy = analyze(person, parsedJob, deps);
  await ctx.measure(
    "roadmap (real ad gaps, 8-week target)",
    () => buildRoadmap(heavy, person, deps, { weeks: 8 }),
    {
      iterations: 200,
      warmup: 20,
    },
  );
}
