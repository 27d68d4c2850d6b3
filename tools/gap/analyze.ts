/**
 * The FIT/UNFIT gap analysis of a profile against a job, run as named stages so channels can
 * show it filling in: `analyze()` runs them at once (optionally reporting each stage to a
 * callback), `analyzeWithProgress()` is an async generator yielding one event per stage and
 * returning the analysis. Pure and deterministic: no clock, no randomness, no I/O.
 */

import type { ProfileSnapshot } from "../../contract/profile.ts";
import { looksLikeInstruction } from "../jobs/signals.ts";
import type { JobPosting } from "../jobs/types.ts";
import { withCertificateSkills } from "./certificate-skills.ts";
import { withDegreeLevels } from "./degree-levels.ts";
import { withDegreeTaughtSkills } from "./degree-taught.ts";
import { withoutListedEvidence } from "./listed-evidence.ts";
import { withoutPastedAdText } from "./pasted-ad-text.ts";
import { type AnalysisDeps, type Context, STAGES } from "./stages.ts";
import type { Analysis, ProgressEvent } from "./types.ts";
import { validateJob, validateProfile } from "./validate.ts";

export type { AnalysisDeps } from "./stages.ts";

export interface AnalysisOptions {
  /**
   * "YYYY-MM" used for roles marked current; by default read from the profile itself (its
   * total years after the first role), never from the clock.
   */
  asOf?: string;
  onProgress?: (event: ProgressEvent) => void;
}

function initContext(
  given: ProfileSnapshot,
  job: JobPosting,
  deps: AnalysisDeps,
  options: AnalysisOptions,
): Context {
  validateProfile(given);
  validateJob(job);
  // The ad's own sentences pasted into the resume are no evidence of having done them; then
  // evidence that shows no use of its skill (a keyword list run on from a paragraph or a role) is
  // a listing. Copies first: a copied quote must be known as the ad's before it is judged.
  // A degree the resume reader left without a level is read at the level its words name (degree-levels.ts).
  const pasted = withoutPastedAdText(withDegreeLevels(given), job);
  const passages = pasted.passages;
  // A finished degree's fundamentals (a CS degree's algorithms) are held (degree-taught.ts).
  // A certificate held is the skill it certifies (certificate-skills.ts).
  const profile = withCertificateSkills(
    withDegreeTaughtSkills(withoutListedEvidence(pasted.profile, deps.graph).profile, deps.graph),
    deps.graph,
  );
  const asOf = options.asOf ? /^(\d{4})-(\d{2})/.exec(options.asOf) : null;
  const warnings: string[] = [];
  const personText = [
    profile.summary,
    profile.headline,
    ...profile.experience.flatMap((e) => e.bullets),
  ].filter(Boolean) as string[];
  const injected = personText.filter(looksLikeInstruction).length;
  if (injected > 0)
    warnings.push(
      `The resume contains ${injected} passage(s) addressed to an AI; they were treated as text and changed nothing.`,
    );
  if (passages > 0)
    warnings.push(
      `The resume repeats ${passages} passage(s) of the job ad nearly word for word; a copied sentence is no evidence, so they were not counted.`,
    );
  if (job.ignoredInstructions > 0)
    warnings.push(
      `The job ad contains ${job.ignoredInstructions} passage(s) addressed to an AI; they were ignored.`,
    );
  if (job.skills.length === 0 && !job.requirementLines?.some((l) => l.typicalOf))
    warnings.push("No skills were recognised in the job; the analysis rests on little data.");
  if (profile.parseConfidence < 0.5)
    warnings.push("The resume parsed poorly, so this analysis is less certain.");
  return {
    profile,
    job,
    deps,
    asOfMonth: asOf ? Number(asOf[1]) * 12 + Number(asOf[2]) - 1 : undefined,
    results: [],
    evidencedResults: [],
    requirements: [],
    evidence: [],
    titleSimilarity: 0,
    details: {},
    experience: { heldYears: 0, explicit: false },
    educationShort: 0,
    gaps: [],
    resources: [],
    warnings,
  };
}

export function analyze(
  profile: ProfileSnapshot,
  job: JobPosting,
  deps: AnalysisDeps,
  options: AnalysisOptions = {},
): Analysis {
  const ctx = initContext(profile, job, deps, options);
  for (const s of STAGES) {
    const event = s.run(ctx);
    options.onProgress?.(event);
  }
  return ctx.analysis!;
}

export async function* analyzeWithProgress(
  profile: ProfileSnapshot,
  job: JobPosting,
  deps: AnalysisDeps,
  options: Omit<AnalysisOptions, "onProgress"> = {},
): AsyncGenerator<ProgressEvent, Analysis, void> {
  const ctx = initContext(profile, job, deps, options);
  for (const s of STAGES) yield s.run(ctx);
  return ctx.analysis!;
}

/** The analysis as stable JSON: the same input always gives the same bytes. */
export function analysisToJson(analysis: Analysis): string {
  return `${JSON.stringify(analysis, null, 2)}\n`;
}
