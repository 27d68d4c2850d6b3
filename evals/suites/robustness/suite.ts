/**
 * robustness: every resume and job of the labelled fit set — the team's pairs and the outside
 * dev pairs (../shared/data/fit/dev_pairs.json) — attacked. Injected instructions (in the resume
 * or the ad) and repetition of skills the resume already names add no real content, so no score
 * may move and no verdict may flip. Appending the job's missing skills as a bare keyword list is a
 * real (unverified) claim: its effect is reported, not gated. Garbage and hostile uploads must
 * give clear errors.
 */
import path from "node:path";
import { loadCapability } from "../../core/capability.ts";
import { requireData } from "../../core/data-files.ts";
import type { Suite } from "../../core/types.ts";
import { spreadSample } from "../helpers.ts";
import { loadAnalysisPipeline, loadDevPairList } from "../ports.ts";
import { readDotinResume, readFitPairs, readPostings } from "../reference-texts.ts";
import {
  ATTACK_TABLE_COLUMNS,
  attackMetrics,
  attackRows,
  brokenGuarantees,
  describeAttack,
} from "./attack-metrics.ts";
import { type AttackPair, attackPairs } from "./attack-pairs.ts";
import { runHostileCases } from "./run-hostile.ts";

interface ResumeParseModule {
  parseResume(bytes: Uint8Array): Promise<unknown>;
}

/** A person waits seconds, not minutes: an upload not answered in 15 s has failed them. */
const HOSTILE_TIMEOUT_MS = 15_000;

export const robustnessSuite: Suite = {
  name: "robustness",
  title: "Robustness to injection, stuffing and hostile input",
  description:
    "Each resume and job of the fit set (team pairs and outside dev pairs) with injected instructions and keyword stuffing added: no score may move beyond what the real content supports; garbage and hostile uploads must give clear errors.",
  async run(ctx) {
    requireData(ctx, path.join(ctx.sharedDataDir, "resumes/dotin_train"), "Resumes of the fit set");
    requireData(ctx, path.join(ctx.sharedDataDir, "job_postings"), "Job postings of the fit set");
    // The outside pairs are gated like the team's (dev.* metrics): without them the suite skips
    // (an error under CI=true) rather than pass on the team's pairs alone.
    const devFile = path.join(ctx.sharedDataDir, "fit/dev_pairs.json");
    requireData({ ...ctx, dataOverride: undefined }, devFile, "Outside dev fit pairs (dev.* attacks)");
    const pipeline = await loadAnalysisPipeline();
    // Loaded here only to report "not available" before any work; the hostile cases
    // run it in a child process (see run-hostile.ts).
    await loadCapability<ResumeParseModule>(
      "Resume parsing (tools/resume)",
      ["tools/resume/parse.ts"],
      ["parseResume"],
    );
    const postings = readPostings(ctx.sharedDataDir);
    const postingText = (pair: string, id: string) => {
      const posting = postings.get(id);
      if (!posting) throw new Error(`fit pair ${pair}: job ${id} is not in the postings file`);
      return posting.text;
    };
    const sample = <T>(xs: T[]) => (ctx.fast ? spreadSample(xs, 8) : xs);
    const teamPairs: AttackPair[] = sample(
      readFitPairs(path.join(ctx.repoRoot, "evals/data/fit/pairs.jsonl")),
    ).map((p) => ({
      id: p.id,
      resumeText: readDotinResume(ctx.sharedDataDir, p.resume),
      postingText: postingText(p.id, p.job),
    }));
    const devPairs: AttackPair[] = sample(await loadDevPairList(devFile)).map((p) => ({
      id: p.id,
      resumeText: readDotinResume(ctx.sharedDataDir, p.resume),
      postingText: postingText(p.id, p.posting),
    }));
    const attacks = await attackPairs(pipeline, teamPairs);
    const devAttacks = await attackPairs(pipeline, devPairs);

    ctx.log(
      `${attacks.length + devAttacks.length} attacks on ${teamPairs.length} team and ${devPairs.length} outside pairs done; hostile inputs next`,
    );
    const hostile = await runHostileCases(ctx.repoRoot, { timeoutMs: HOSTILE_TIMEOUT_MS });

    const broken = [...brokenGuarantees(attacks), ...brokenGuarantees(devAttacks)];
    return {
      metrics: {
        pairs: teamPairs.length,
        ...attackMetrics(attacks),
        "dev.pairs": devPairs.length,
        ...attackMetrics(devAttacks, "dev."),
        "hostile.cases": hostile.length,
        "hostile.clear_error_rate": hostile.filter((h) => h.passed).length / hostile.length,
      },
      directions: {
        "claims.mean_readiness_gain": "lower",
        "injection.max_confidence_delta": "lower",
        "dev.claims.mean_readiness_gain": "lower",
        "dev.injection.max_confidence_delta": "lower",
      },
      dataset: {
        source:
          "evals/data/fit/pairs.jsonl and ../shared/data/fit/dev_pairs.json (dev.*) (+ generated hostile inputs)",
        items: teamPairs.length + devPairs.length,
      },
      tables: [
        {
          title: "Attacks on the team's fit pairs",
          columns: ATTACK_TABLE_COLUMNS,
          rows: attackRows(attacks),
        },
        {
          title: "Attacks on the outside dev pairs (dev.*)",
          columns: ATTACK_TABLE_COLUMNS,
          rows: attackRows(devAttacks),
        },
        {
          title: "Garbage and hostile inputs",
          columns: ["input", "handled clearly", "ms", "what happened"],
          rows: hostile.map((h) => [h.name, h.passed ? "yes" : "NO", h.ms ?? null, h.detail.slice(0, 160)]),
        },
      ],
      examples: broken.slice(0, 30).map(describeAttack),
      notes: [
        "Every attack runs on the team's pairs (plain metric names) and on the outside dev pairs (dev.*, ../shared/data/fit/dev_pairs.json, labelled outside the team): the same guarantees are gated on both.",
        "Injections are four resume instructions (start, middle, end) and two job-ad instructions with no skill, employer, degree or date in them; repetition appends the resume's own skills twenty times. Both must leave every one of the 11 scores and the verdict unchanged.",
        "Unstructured turns each resume into one paragraph with no sections and stuffs the job's missing skills into it (run on from its last words, and on a line after it): a listed-only skill may add no years (the experience score may not move) and cannot by itself turn UNFIT into FIT. Other scores may credit the listed skills partly.",
        "Pasted puts the ad's unmet must-have sentences in front of the one-paragraph resume, and (a second variant) the same sentences lightly edited after it: a near-verbatim copy of the ad's sentences is no evidence (its skills count as a bare listing, its degree as none), so it may not turn UNFIT into FIT; its score changes are shown.",
        "Claims appends the job's missing skills as a bare keyword list: a real, if unverified, claim. The analysis may credit it (listed-only skills earn reduced credit); the gain is shown for information, not gated.",
        `Hostile inputs run in a child process with a ${HOSTILE_TIMEOUT_MS / 1000} s limit each. They are generated in memory (empty, noise, corrupt PDF, executable, broken zip, 12 MB text, NUL bytes, emoji, markup, 300k characters, one 60k-letter word, instruction-only, and bad job ads): each must end in a CareerCraftError with a message for the person, or a parse flagged as poor.`,
      ],
    };
  },
};
