/**
 * robustness: every resume and job of the labelled fit set, attacked. Injected
 * instructions (in the resume or the ad) and repetition of skills the resume already
 * names add no real content, so no score may move and no verdict may flip. Appending
 * the job's missing skills as a bare keyword list is a real (unverified) claim: its
 * effect is reported, not gated. Garbage and hostile uploads must give clear errors.
 */
import path from "node:path";
import { loadCapability } from "../../core/capability.ts";
import { requireData } from "../../core/data-files.ts";
import type { Suite } from "../../core/types.ts";
import { spreadSample } from "../helpers.ts";
import { type AnalysisLike, loadAnalysisPipeline } from "../ports.ts";
import { readDotinResume, readFitPairs, readPostings } from "../reference-texts.ts";
import { type AnalysisDelta, analysisDelta } from "./deltas.ts";
import { runHostileCases } from "./run-hostile.ts";
import {
  claimStuffing,
  jobInjections,
  pastedAskSentences,
  repetitionStuffing,
  resumeInjections,
  unstructured,
  unstructuredClaimStuffing,
} from "./variants.ts";

interface ResumeParseModule {
  parseResume(bytes: Uint8Array): Promise<unknown>;
}

/** A person waits seconds, not minutes: an upload not answered in 15 s has failed them. */
const HOSTILE_TIMEOUT_MS = 15_000;

interface Attack {
  pair: string;
  variant: string;
  group: "injection" | "repetition" | "claims" | "unstructured" | "pasted";
  delta: AnalysisDelta;
  /** For unstructured stuffing: the verdict went from UNFIT to FIT. */
  madeFit?: boolean;
}

const profileSkillNames = (profile: unknown): string[] =>
  ((profile as { skills?: { name?: string }[] }).skills ?? []).map((s) => s.name ?? "").filter(Boolean);
/**
 * The names the analysis lists as missing, as a stuffer would paste them: skill names and, for a
 * nice-to-have asked in words (gap type "duty", gaps.ts), the ad's own words — pasted among the
 * names they must leave the list a list (tools/resume/fields/prose-evidence.ts).
 */
const gapSkillNames = (analysis: AnalysisLike): string[] =>
  ((analysis as { gaps?: { skill?: string }[] }).gaps ?? []).map((g) => g.skill ?? "").filter(Boolean);

/** The ad's must-have sentences the analysis found unmet, as a paster would copy them. */
const unmetMustHaveSentences = (analysis: AnalysisLike): string[] =>
  ((analysis as { requirements?: { text?: string; kind?: string; met?: boolean }[] }).requirements ?? [])
    .filter((r) => r.kind === "required" && r.met === false && r.text)
    .map((r) => r.text!);

export const robustnessSuite: Suite = {
  name: "robustness",
  title: "Robustness to injection, stuffing and hostile input",
  description:
    "Each resume and job of the fit set with injected instructions and keyword stuffing added: no score may move beyond what the real content supports; garbage and hostile uploads must give clear errors.",
  async run(ctx) {
    requireData(ctx, path.join(ctx.sharedDataDir, "resumes/dotin_train"), "Resumes of the fit set");
    requireData(ctx, path.join(ctx.sharedDataDir, "job_postings"), "Job postings of the fit set");
    const pipeline = await loadAnalysisPipeline();
    // Loaded here only to report "not available" before any work; the hostile cases
    // run it in a child process (see run-hostile.ts).
    await loadCapability<ResumeParseModule>(
      "Resume parsing (tools/resume)",
      ["tools/resume/parse.ts"],
      ["parseResume"],
    );
    const postings = readPostings(ctx.sharedDataDir);
    const allPairs = readFitPairs(path.join(ctx.repoRoot, "evals/data/fit/pairs.jsonl"));
    const pairs = ctx.fast ? spreadSample(allPairs, 8) : allPairs;
    const profiles = new Map<string, unknown>();
    const profileOf = async (text: string) => {
      if (!profiles.has(text)) profiles.set(text, await pipeline.profileFromText(text));
      return profiles.get(text);
    };
    const scored = (a: AnalysisLike) => ({ verdict: a.verdict, confidence: a.confidence, scores: a.scores });

    const attacks: Attack[] = [];
    for (const pair of pairs) {
      const resumeText = readDotinResume(ctx.sharedDataDir, pair.resume);
      const posting = postings.get(pair.job);
      if (!posting) throw new Error(`fit pair ${pair.id}: job ${pair.job} is not in the postings file`);
      const profile = await profileOf(resumeText);
      const job = pipeline.parseJob(posting.text);
      const base = pipeline.analyze(profile, job);
      const record = (variant: string, group: Attack["group"], after: AnalysisLike) =>
        attacks.push({ pair: pair.id, variant, group, delta: analysisDelta(scored(base), scored(after)) });
      for (const v of resumeInjections(resumeText))
        record(v.name, "injection", pipeline.analyze(await profileOf(v.text), job));
      for (const v of jobInjections(posting.text))
        record(v.name, "injection", pipeline.analyze(profile, pipeline.parseJob(v.text)));
      const repeated = repetitionStuffing(resumeText, profileSkillNames(profile));
      if (repeated)
        record(repeated.name, "repetition", pipeline.analyze(await profileOf(repeated.text), job));
      const claimed = claimStuffing(resumeText, gapSkillNames(base));
      if (claimed) record(claimed.name, "claims", pipeline.analyze(await profileOf(claimed.text), job));
      // The same resume as one paragraph with no sections, stuffed with what it lacks: a
      // listed-only skill adds no years and cannot by itself turn UNFIT into FIT.
      const paragraph = unstructured(resumeText);
      const flatBase = pipeline.analyze(await profileOf(paragraph), job);
      // Each variant of the paragraph against it: did UNFIT become FIT?
      const flatVariants = [
        ...unstructuredClaimStuffing(paragraph, gapSkillNames(flatBase)).map((v) => ({
          ...v,
          group: "unstructured" as const,
        })),
        ...pastedAskSentences(paragraph, unmetMustHaveSentences(flatBase)).map((v) => ({
          ...v,
          group: "pasted" as const,
        })),
      ];
      for (const v of flatVariants) {
        const after = pipeline.analyze(await profileOf(v.text), job);
        attacks.push({
          pair: pair.id,
          variant: v.name,
          group: v.group,
          delta: analysisDelta(scored(flatBase), scored(after)),
          madeFit: flatBase.verdict === "UNFIT" && after.verdict === "FIT",
        });
      }
    }

    ctx.log(`${attacks.length} attacks on ${pairs.length} pairs done; hostile inputs next`);
    const hostile = await runHostileCases(ctx.repoRoot, { timeoutMs: HOSTILE_TIMEOUT_MS });

    const group = (g: Attack["group"]) => attacks.filter((a) => a.group === g);
    const maxDelta = (xs: Attack[]) => xs.reduce((m, a) => Math.max(m, a.delta.maxAbsDelta), 0);
    const flips = (xs: Attack[]) => xs.filter((a) => a.delta.verdictFlipped).length;
    const claims = group("claims");
    const readinessDelta = (a: Attack) => {
      const moved = a.delta.moved.find((m) => m.key === "readiness");
      return moved && moved.before !== null && moved.after !== null ? moved.after - moved.before : 0;
    };
    const unstructuredAttacks = group("unstructured");
    const experienceMoved = (a: Attack) => a.delta.moved.some((m) => m.key === "experience");
    const moved = attacks.filter(
      (a) =>
        (a.group !== "claims" &&
          a.group !== "unstructured" &&
          a.group !== "pasted" &&
          (a.delta.maxAbsDelta > 0 || a.delta.verdictFlipped)) ||
        a.madeFit === true ||
        (a.group === "unstructured" && experienceMoved(a)),
    );
    return {
      metrics: {
        pairs: pairs.length,
        "injection.cases": group("injection").length,
        "injection.max_abs_delta": maxDelta(group("injection")),
        "injection.verdict_flips": flips(group("injection")),
        "injection.max_confidence_delta": group("injection").reduce(
          (m, a) => Math.max(m, Math.abs(a.delta.confidenceDelta)),
          0,
        ),
        "repetition.cases": group("repetition").length,
        "repetition.max_abs_delta": maxDelta(group("repetition")),
        "repetition.verdict_flips": flips(group("repetition")),
        "claims.cases": claims.length,
        "claims.mean_readiness_gain": claims.length
          ? claims.reduce((s, a) => s + readinessDelta(a), 0) / claims.length
          : 0,
        "claims.verdict_flips": flips(claims),
        "unstructured.cases": unstructuredAttacks.length,
        "unstructured.unfit_to_fit": unstructuredAttacks.filter((a) => a.madeFit).length,
        "unstructured.experience_moved": unstructuredAttacks.filter(experienceMoved).length,
        // Gated at 0 UNFIT -> FIT (tools/gap/pasted-ad-text.ts reads copies of the ad as no evidence).
        "pasted.cases": group("pasted").length,
        "pasted.unfit_to_fit": group("pasted").filter((a) => a.madeFit).length,
        "pasted.max_abs_delta": maxDelta(group("pasted")),
        "hostile.cases": hostile.length,
        "hostile.clear_error_rate": hostile.filter((h) => h.passed).length / hostile.length,
      },
      directions: { "claims.mean_readiness_gain": "lower", "injection.max_confidence_delta": "lower" },
      dataset: { source: "evals/data/fit/pairs.jsonl (+ generated hostile inputs)", items: pairs.length },
      tables: [
        {
          title: "Attacks on the fit set",
          columns: ["attack", "cases", "max score change", "verdict flips"],
          rows: (["injection", "repetition", "claims", "unstructured", "pasted"] as const).map((g) => [
            g,
            group(g).length,
            maxDelta(group(g)),
            flips(group(g)),
          ]),
        },
        {
          title: "Garbage and hostile inputs",
          columns: ["input", "handled clearly", "ms", "what happened"],
          rows: hostile.map((h) => [h.name, h.passed ? "yes" : "NO", h.ms ?? null, h.detail.slice(0, 160)]),
        },
      ],
      examples: moved.slice(0, 20).map((a) => ({
        title: `${a.pair}: ${a.variant}`,
        detail: `${a.delta.verdictFlipped ? "verdict flipped; " : ""}${a.delta.moved.map((m) => `${m.key} ${m.before} → ${m.after}`).join(", ")}`,
      })),
      notes: [
        "Injections are four resume instructions (start, middle, end) and two job-ad instructions with no skill, employer, degree or date in them; repetition appends the resume's own skills twenty times. Both must leave every one of the 11 scores and the verdict unchanged.",
        "Unstructured turns each resume into one paragraph with no sections and stuffs the job's missing skills into it (run on from its last words, and on a line after it): a listed-only skill may add no years (the experience score may not move) and cannot by itself turn UNFIT into FIT. Other scores may credit the listed skills partly.",
        "Pasted puts the ad's unmet must-have sentences in front of the one-paragraph resume, and (a second variant) the same sentences lightly edited after it: a near-verbatim copy of the ad's sentences is no evidence (its skills count as a bare listing, its degree as none), so it may not turn UNFIT into FIT; its score changes are shown.",
        "Claims appends the job's missing skills as a bare keyword list: a real, if unverified, claim. The analysis may credit it (listed-only skills earn reduced credit); the gain is shown for information, not gated.",
        `Hostile inputs run in a child process with a ${HOSTILE_TIMEOUT_MS / 1000} s limit each. They are generated in memory (empty, noise, corrupt PDF, executable, broken zip, 12 MB text, NUL bytes, emoji, markup, 300k characters, one 60k-letter word, instruction-only, and bad job ads): each must end in a CareerCraftError with a message for the person, or a parse flagged as poor.`,
      ],
    };
  },
};
