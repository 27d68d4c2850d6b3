/**
 * The second stage for employers: a logistic regression over candidate pieces of the resume's
 * lines (employer-candidates.ts) that adds the employers the field labeller and the line rules
 * missed, most of them a name on a line of its own beside a line of dates. Trained by
 * scripts/build-employer-scorer.ts on the labelled resumes' training split, with the labeller's
 * tags from cross-validation fold models (so it learns how far to trust an unseen resume's
 * tags); the threshold is the one that scored best out of fold. See tools/resume/README.md.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BinaryLogistic, type PackedLogisticJSON } from "../../ml/binary-logistic.ts";
import { onlyHeadingWords } from "../text/heading-words.ts";
import type { ParsedExperience } from "../types.ts";
import {
  type CandidateContext,
  EMPLOYER_FEATURES_VERSION,
  type EmployerCandidate,
  employerCandidates,
  employerReading,
} from "./employer-candidates.ts";
import { continuesEmployer } from "./employer-continuation.ts";
import { sameThing, words } from "./learned-entries.ts";
import { listedEmployers } from "./listed-employers.ts";
import { isPlaceholderEmployer } from "./placeholder-employer.ts";

export const EMPLOYER_MODEL_PATH = fileURLToPath(new URL("./employer-model.json", import.meta.url));
export const EMPLOYER_CONFIDENCE = 0.45;

export interface EmployerModelJSON {
  /** EMPLOYER_FEATURES_VERSION of the features it was trained on. */
  version: number;
  threshold: number;
  /** A listed employer (rules, field labeller) under this probability is dropped; absent: none is. */
  dropThreshold?: number;
  /**
   * A rule-read job that names no employer takes its most likely candidate at this lower
   * probability (a dated job was held somewhere); absent: only `threshold` adds.
   */
  jobBestThreshold?: number;
  model: PackedLogisticJSON;
}

/** Decides which candidates are employers (the committed model, or the build's recorder). */
export interface EmployerScorer {
  accept(candidates: EmployerCandidate[], ctx: CandidateContext): EmployerCandidate[];
  /** Of the employers the rules and the labeller listed (listedEmployers), those that are not. */
  reject(listed: EmployerCandidate[], ctx: CandidateContext): EmployerCandidate[];
}

export function employerScorer(model: EmployerModelJSON): EmployerScorer {
  if (model.version !== EMPLOYER_FEATURES_VERSION)
    throw new Error(
      "employer-model.json was built with other features: rebuild it (npm run build:employers)",
    );
  const weights = BinaryLogistic.unpack(model.model);
  return {
    accept: (candidates, ctx) => {
      const p = new Map(candidates.map((c) => [c, weights.probability(c.features)]));
      const accepted = candidates.filter((c) => p.get(c)! >= model.threshold);
      const floor = model.jobBestThreshold;
      if (floor === undefined) return accepted;
      for (const c of bestPerOpenJob(candidates, (job) => !ctx.jobs[job]?.entry.company, p))
        if (p.get(c)! >= floor && !accepted.includes(c)) accepted.push(c);
      return accepted;
    },
    reject: (listed) => {
      const under = model.dropThreshold;
      return under === undefined ? [] : listed.filter((c) => weights.probability(c.features) < under);
    },
  };
}

/** Per rule-read job that names no employer (`open`), its candidate of highest probability `p`. */
export function bestPerOpenJob(
  candidates: EmployerCandidate[],
  open: (job: number) => boolean,
  p: Map<EmployerCandidate, number>,
): EmployerCandidate[] {
  const best = new Map<number, EmployerCandidate>();
  for (const c of candidates) {
    if (c.job < 0 || !open(c.job)) continue;
    const b = best.get(c.job);
    if (!b || p.get(c)! > p.get(b)!) best.set(c.job, c);
  }
  return [...best.values()];
}

let committed: EmployerScorer | null | undefined;

/** The committed model, or null when there is none (the parser then adds no employers). */
export function committedEmployerScorer(): EmployerScorer | null {
  if (committed !== undefined) return committed;
  committed = existsSync(EMPLOYER_MODEL_PATH)
    ? employerScorer(JSON.parse(readFileSync(EMPLOYER_MODEL_PATH, "utf8")) as EmployerModelJSON)
    : null;
  return committed;
}

const wordsOf = (s: string) => words(s).join(" ");

/**
 * "Account Executive, Healthcare" beside its employer: the words after the title's comma qualify
 * it (a segment, a field, a region), and the job already names where it was held, so that
 * piece is no second employer. The scorer meets it as a capitalised piece cut at the comma and
 * its learned words ("Healthcare", "Retail", "Telecom" open many employers' names) outweigh
 * where it stands; before, it became a job of its own with that word as the employer.
 */
const qualifiesTitle = (e: ParsedExperience, piece: string) =>
  !!e.company &&
  !!e.title &&
  e.title
    .split(",")
    .slice(1)
    .some((part) => wordsOf(part) === wordsOf(piece));

/**
 * The scorer's judgement applied to `experience` (in place, and returned): a listed employer it
 * rejects is taken off its job (a job left with no title and no dates goes); an employer it
 * accepts becomes the employer of the rule-read job whose text holds it when that job names
 * none, else a job of its own (employer only, no title or dates: what the resume shows). One
 * name is added once. Both sets are judged on the parse as the rules and labeller left it.
 */
export function addScoredEmployers(ctx: CandidateContext, scorer: EmployerScorer | null): ParsedExperience[] {
  // A heading the heading list lacks ("CAREER OVERVIEW") above a job, or a template's placeholder
  // ("Employer's Name"), is no employer, whoever read it so.
  for (const entry of ctx.experience)
    if (entry.company && (onlyHeadingWords(entry.company) || isPlaceholderEmployer(entry.company)))
      entry.company = undefined;
  if (!scorer) return ctx.experience;
  const reading = employerReading(ctx);
  const accepted = scorer.accept(employerCandidates(ctx, reading), ctx);
  const rejected = new Set(scorer.reject(listedEmployers(reading), ctx).map((c) => ctx.experience[c.job]));
  const out = ctx.experience;
  for (const entry of rejected) if (entry) entry.company = undefined;
  for (let i = out.length - 1; i >= 0; i--)
    if (rejected.has(out[i]!) && !out[i]!.title && !out[i]!.start && !out[i]!.end) out.splice(i, 1);
  for (const c of accepted) {
    if (out.some((e) => e.company && sameThing(e.company, c.text))) continue;
    // A job's title, or a part of a job's place ("CO" of "Boulder, CO"), is never an employer,
    // whatever the scorer says: the rules read that line by its layout.
    if (out.some((e) => e.title && wordsOf(e.title) === wordsOf(c.text))) continue;
    if (out.some((e) => qualifiesTitle(e, c.text))) continue;
    if (out.some((e) => e.location?.split(/\s*,\s*/).some((part) => wordsOf(part) === wordsOf(c.text))))
      continue;
    const job = ctx.jobs[c.job]?.entry;
    if (continuesEmployer(ctx.text, c.start, job?.company)) continue;
    if (job && !job.company) job.company = c.text;
    else out.push({ company: c.text, bullets: [], skills: [], confidence: EMPLOYER_CONFIDENCE });
  }
  return out;
}
