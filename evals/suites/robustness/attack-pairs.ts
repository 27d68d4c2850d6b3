/**
 * Runs every attack of the robustness suite on a set of resume / ad pairs and records how far
 * each moved the analysis. One runner for the team's pairs (evals/data/fit/pairs.jsonl) and the
 * outside dev pairs (../shared/data/fit/dev_pairs.json): the guarantees are the same on both.
 */
import type { AnalysisLike, AnalysisPipeline } from "../ports.ts";
import { type AnalysisDelta, analysisDelta } from "./deltas.ts";
import {
  claimStuffing,
  jobInjections,
  pastedAskSentences,
  repetitionStuffing,
  resumeInjections,
  unstructured,
  unstructuredClaimStuffing,
} from "./variants.ts";

export type AttackGroup = "injection" | "repetition" | "claims" | "unstructured" | "pasted";
export const ATTACK_GROUPS: readonly AttackGroup[] = [
  "injection",
  "repetition",
  "claims",
  "unstructured",
  "pasted",
];

export interface Attack {
  pair: string;
  variant: string;
  group: AttackGroup;
  delta: AnalysisDelta;
  /** For the one-paragraph variants: the verdict went from UNFIT to FIT. */
  madeFit?: boolean;
}

/** One pair's texts, read by the caller (the suite knows where each set lives). */
export interface AttackPair {
  id: string;
  resumeText: string;
  postingText: string;
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

const scored = (a: AnalysisLike) => ({ verdict: a.verdict, confidence: a.confidence, scores: a.scores });

export async function attackPairs(pipeline: AnalysisPipeline, pairs: AttackPair[]): Promise<Attack[]> {
  const profiles = new Map<string, unknown>();
  const profileOf = async (text: string) => {
    if (!profiles.has(text)) profiles.set(text, await pipeline.profileFromText(text));
    return profiles.get(text);
  };
  const attacks: Attack[] = [];
  for (const pair of pairs) {
    const { resumeText, postingText } = pair;
    const profile = await profileOf(resumeText);
    const job = pipeline.parseJob(postingText);
    const base = pipeline.analyze(profile, job);
    const record = (variant: string, group: AttackGroup, after: AnalysisLike) =>
      attacks.push({ pair: pair.id, variant, group, delta: analysisDelta(scored(base), scored(after)) });
    for (const v of resumeInjections(resumeText))
      record(v.name, "injection", pipeline.analyze(await profileOf(v.text), job));
    for (const v of jobInjections(postingText))
      record(v.name, "injection", pipeline.analyze(profile, pipeline.parseJob(v.text)));
    const repeated = repetitionStuffing(resumeText, profileSkillNames(profile));
    if (repeated) record(repeated.name, "repetition", pipeline.analyze(await profileOf(repeated.text), job));
    const claimed = claimStuffing(resumeText, gapSkillNames(base));
    if (claimed) record(claimed.name, "claims", pipeline.analyze(await profileOf(claimed.text), job));
    // The same resume as one paragraph with no sections, stuffed with what it lacks: a
    // listed-only skill adds no years and cannot by itself turn UNFIT into FIT.
    const paragraph = unstructured(resumeText);
    const flatBase = pipeline.analyze(await profileOf(paragraph), job);
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
  return attacks;
}
