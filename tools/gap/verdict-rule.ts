/**
 * The verdict rule a recruiter reads off the analysis (issue 13 item 4): a FIT needs the ad's
 * required asks met or credibly near. The learned verdict weighs skills, readiness and
 * experience, which carry the team's and the dev pairs but not unseen ones: on outside-style
 * pairs it called FIT with most required asks unmet and several required gaps listed as high
 * (a graphic designer "FIT 86%" for a UX role with "0 of 9 skill requirements met" and six
 * required high gaps). The plain share of required asks met separates those pairs far better
 * (verdict13n: AUC 0.74 on the extra pairs against 0.48-0.60 for the model's heavy inputs).
 *
 * The rule: a FIT of the learned verdict with less than `coverageBelow` of the job's skill
 * requirements met (the skills score's "k of n met"), with at least `gapsAtLeast` required gaps
 * listed as high or critical, is UNFIT — and says so with the asks and gaps it rests on, at the confidence the rule
 * was measured to be right on the pairs it decides. Both thresholds are chosen by grouped
 * cross-validation over the outside dev pairs, the team's pairs and the outside-style extra pairs
 * together (tools/gap/eval/verdict-rule-fit.ts, recorded in data/verdict-rule.json), never by hand.
 *
 * Applied after decideVerdict (verdict-stage.ts). It reads the verdict's evidenced view, so a
 * keyword list, a sentence copied from the ad or one edited at its edges (pasted-ad-text.ts)
 * cannot lift a pair out of it (robustness pasted.unfit_to_fit 0).
 *
 * Only ads: a described role's asks are what the role typically needs, weighed by the
 * described-role gate (described-gate.ts).
 */
import { readFileSync } from "node:fs";
import type { RequirementEvidence } from "./evidence.ts";
import type { Features } from "./verdict-model.ts";

export interface VerdictRule {
  /** Fewer than this share of the job's skill requirements met (score-skills.ts skillsMet)… */
  coverageBelow: number;
  /** …with at least this many required gaps listed as high or critical. */
  gapsAtLeast: number;
  /**
   * Whether a soft trait asked as required (communication, teamwork) counts among the rule's
   * required gaps; chosen out of sample with the thresholds (verdict-rule-fit.ts). Absent: counted.
   */
  softTraitsCount?: boolean;
  /**
   * Or: a must-have years ask held this short or more (1 - years held / years asked, the worst
   * stated one: yearsAskShort) — "1.1 of 2 years, adjacent work" under a FIT the learned verdict
   * weighed little. Chosen out of sample with the thresholds (verdict-rule-fit.ts). Absent: off.
   */
  yearsShortAtLeast?: number;
  /** How often the UNFIT the rule decides was right, measured out of fold: the confidence it states. */
  confidence: number;
  fitted?: unknown;
}

let cached: VerdictRule | undefined;
export function verdictRule(): VerdictRule {
  cached ??= JSON.parse(
    readFileSync(new URL("./data/verdict-rule.json", import.meta.url), "utf8"),
  ) as VerdictRule;
  return cached;
}

export interface RequirementRuleInput {
  /** The verdict before the rule (decideVerdict). */
  verdict: "FIT" | "UNFIT";
  /** The job's skill requirements met, as the skills score states them (score-skills.ts skillsMet). */
  skillsMet: { met: number; of: number };
  /** Required skills or licences not shown by evidence (verdict-evidence.ts verdictOpenGapNames). */
  requiredGaps: string[];
  /** Of those, the soft traits (verdict-evidence.ts verdictOpenSoftGapNames). */
  softGaps?: string[];
  /** The ad's must-have asks the requirement list shows as not met (unshown-asks.ts). */
  unmetAsks: string[];
  /** The worst stated must-have years ask against the years counted for it (worstYearsAsk). */
  yearsAsk?: YearsAskShort;
  readiness: number | null;
  /** P(FIT) as the text states it, in percent. */
  statedFitPercent: number;
  describedRole: boolean;
  /** Maps the rule's measured rate to the confidence stated (path-confidence.ts); absent: stated as measured. */
  statedConfidence?: (measured: number) => number;
}

/** Whether the rule turns the learned verdict's FIT into UNFIT (pure: the fit measures it too). */
export function requiredAsksUnmet(
  input: {
    verdict: "FIT" | "UNFIT";
    skillsMetShare: number | null;
    requiredGaps: number;
    /** Of those, the soft traits asked. */
    softGaps?: number;
    /** How short the worst must-have years ask is held, 0..1 (verdict-model.ts yearsAskShort). */
    yearsAskShort?: number;
    describedRole: boolean;
  },
  rule: Pick<
    VerdictRule,
    "coverageBelow" | "gapsAtLeast" | "softTraitsCount" | "yearsShortAtLeast"
  > = verdictRule(),
): boolean {
  if (input.verdict !== "FIT" || input.describedRole) return false;
  return skillsShort(input, rule) || yearsShort(input, rule);
}

function skillsShort(
  input: { skillsMetShare: number | null; requiredGaps: number; softGaps?: number },
  rule: Pick<VerdictRule, "coverageBelow" | "gapsAtLeast" | "softTraitsCount">,
): boolean {
  const counted = input.requiredGaps - (rule.softTraitsCount === false ? (input.softGaps ?? 0) : 0);
  return (
    input.skillsMetShare !== null && input.skillsMetShare < rule.coverageBelow && counted >= rule.gapsAtLeast
  );
}

function yearsShort(
  input: { yearsAskShort?: number },
  rule: Pick<VerdictRule, "yearsShortAtLeast">,
): boolean {
  return rule.yearsShortAtLeast !== undefined && (input.yearsAskShort ?? 0) >= rule.yearsShortAtLeast;
}

/** A stated must-have years ask and the years counted for it (years-asks.ts). */
export interface YearsAskShort {
  text: string;
  asked: number;
  held: number;
  /** 1 - held / asked, 0..1. */
  short: number;
}

/** The worst-held stated must-have years ask (undefined when none is stated or every one is met). */
export function worstYearsAsk(evidence: readonly RequirementEvidence[]): YearsAskShort | undefined {
  let worst: YearsAskShort | undefined;
  for (const e of evidence) {
    const asked = e.requirement.years;
    if (e.requirement.kind !== "required" || e.requirement.type !== "years" || !asked) continue;
    if (e.yearsHeld === undefined) continue;
    const short = Math.min(1, Math.max(0, 1 - e.yearsHeld / asked));
    if (short > (worst?.short ?? 0)) worst = { text: e.requirement.text, asked, held: e.yearsHeld, short };
  }
  return worst;
}

/** The rule's count of required gaps of an analysed pair's features (the fit reads the rule so). */
export function ruleGapsOf(
  features: Pick<Features, "requiredGapsOpen" | "requiredGapsNotSoft">,
  rule: Pick<VerdictRule, "softTraitsCount"> = verdictRule(),
): number {
  // An analysis cached before the soft count (requiredGapsNotSoft absent) counts every gap.
  const notSoft = features.requiredGapsNotSoft ?? features.requiredGapsOpen;
  return Math.round((rule.softTraitsCount === false ? notSoft : features.requiredGapsOpen) * 3);
}

/** The UNFIT and its reason when the rule applies, else undefined (the verdict stands). */
export function applyRequirementRule(
  input: RequirementRuleInput,
  rule: VerdictRule = verdictRule(),
): { verdict: "UNFIT"; reason: string; confidence: number; explanation: string } | undefined {
  if (
    !requiredAsksUnmet(
      {
        verdict: input.verdict,
        skillsMetShare: input.skillsMet.of ? input.skillsMet.met / input.skillsMet.of : null,
        requiredGaps: input.requiredGaps.length,
        softGaps: input.softGaps?.length ?? 0,
        ...(input.yearsAsk ? { yearsAskShort: input.yearsAsk.short } : {}),
        describedRole: input.describedRole,
      },
      rule,
    )
  )
    return undefined;
  const confidence = input.statedConfidence ? input.statedConfidence(rule.confidence) : rule.confidence;
  const bySkills = skillsShort(
    {
      skillsMetShare: input.skillsMet.of ? input.skillsMet.met / input.skillsMet.of : null,
      requiredGaps: input.requiredGaps.length,
      softGaps: input.softGaps?.length ?? 0,
    },
    rule,
  );
  if (!bySkills && input.yearsAsk) return yearsRuled(input, input.yearsAsk, confidence);
  // The gaps the rule rests on, named as it counted them.
  const soft = new Set(rule.softTraitsCount === false ? (input.softGaps ?? []) : []);
  const gaps = input.requiredGaps.filter((g) => !soft.has(g));
  const asks = input.unmetAsks.length ? `; not shown as met: ${input.unmetAsks.slice(0, 4).join(", ")}` : "";
  const sure = Math.round(confidence * 100);
  return {
    verdict: "UNFIT",
    reason: `UNFIT: readiness ${input.readiness ?? 0}; only ${input.skillsMet.met} of the ad's ${input.skillsMet.of} skill requirements ${input.skillsMet.met === 1 ? "is" : "are"} met in full by your work (a role, project or certificate; a skill only listed does not count) and ${gaps.length} required ${gaps.length === 1 ? "skill is not shown" : "skills are not shown"} (${gaps.slice(0, 6).join(", ")})${asks} — a fit needs the required asks met or credibly near. The rest of your profile weighs for a fit (${input.statedFitPercent}% by the learned verdict), so closing these gaps is what would change the call.`,
    confidence,
    explanation: `The required-asks rule decided the verdict: few of the ad's skill requirements are met and required ones are open gaps (${sure}% sure for pairs like this; the learned verdict alone: ${input.statedFitPercent}% chance of fit).`,
  };
}

const years = (n: number) => `${Math.round(n * 10) / 10} ${Math.round(n * 10) === 10 ? "year" : "years"}`;

/** The rule's UNFIT when it rests on a must-have years ask held well short. */
function yearsRuled(
  input: RequirementRuleInput,
  ask: YearsAskShort,
  confidence: number,
): { verdict: "UNFIT"; reason: string; confidence: number; explanation: string } {
  const quoted = ask.text.length > 90 ? `${ask.text.slice(0, 89)}…` : ask.text;
  return {
    verdict: "UNFIT",
    reason: `UNFIT: readiness ${input.readiness ?? 0}; the ad asks for ${years(ask.asked)} as a must-have ("${quoted}") and your work shows ${years(ask.held)} that count toward it — a fit needs the must-have years met or credibly near. The rest of your profile weighs for a fit (${input.statedFitPercent}% by the learned verdict), so the years are what would change the call.`,
    confidence,
    explanation: `The required-asks rule decided the verdict: a must-have years ask is held well short (${years(ask.held)} of ${years(ask.asked)}; ${Math.round(confidence * 100)}% sure for pairs like this; the learned verdict alone: ${input.statedFitPercent}% chance of fit).`,
  };
}

/**
 * The confidence shown for a verdict the rule decided: the rule's measured rate of being right,
 * with the learned verdict's wording replaced so the number and its explanation agree.
 */
export function ruledConfidence(
  measured: number,
  explanation: string,
  before: { explanation: string },
): { value: number; score: number; explanation: string } {
  const value = Math.round(Math.max(0.5, Math.min(1, measured)) * 1000) / 1000;
  const rest = before.explanation.replace(/^[^;]*;/, "");
  return { value, score: Math.round(value * 100), explanation: `${explanation.replace(/\.$/, "")};${rest}` };
}
