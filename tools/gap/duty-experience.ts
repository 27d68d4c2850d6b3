/**
 * The experience score of an ad that asks kinds of work, not years (issue 13): "Experience in
 * student advising", "running orientation programs" — an academic advisor whose work meets both
 * asks (quoted in the requirements list) read experience n/a, readiness 0 and "UNFIT: nothing in
 * the ad could be scored" beside a 93% chance of fit. When the ad states no years and no
 * seniority, its required duty asks are what it asks of experience: the score is the mean
 * strength of their evidence (evidence.ts partialCredit of each ask's best line: 1 when met,
 * partly for a line that comes close, 0 for none), so unmet duty asks weigh against as met ones
 * weigh for. A trait ("a positive attitude") is not a kind of work and is left out.
 */
import { partialCredit, type RequirementEvidence } from "./evidence.ts";
import type { ScoreDetail } from "./types.ts";

/** The ad's required asks of a kind of work (qualification or duty, not a trait). */
export function requiredDutyAsks(evidence: readonly RequirementEvidence[]): RequirementEvidence[] {
  return evidence.filter(
    (e) =>
      e.requirement.type === "duty" && e.requirement.kind === "required" && e.requirement.about !== "trait",
  );
}

/** Asks quoted in the score's evidence, each in the ad's words up to ASK_CHARS. */
const QUOTED = 5;
const ASK_CHARS = 90;

/**
 * The experience score from the required duty asks, or undefined when the ad has none. `held`:
 * the relevant years counted (said beside the asks, not scored: the ad asks none).
 */
export function dutyExperienceScore(
  evidence: readonly RequirementEvidence[],
  held: number,
): (ScoreDetail & { dutiesMet: number; dutiesOf: number }) | undefined {
  const asks = requiredDutyAsks(evidence);
  if (asks.length === 0) return undefined;
  const credits = asks.map((e) => (e.met ? 1 : partialCredit(e.similarity)));
  const mean = credits.reduce((a, b) => a + b, 0) / credits.length;
  const met = asks.filter((e) => e.met).length;
  const short = (t: string) => (t.length > ASK_CHARS ? `${t.slice(0, ASK_CHARS - 1)}…` : t);
  return {
    score: Math.round(mean * 100),
    enoughData: true,
    explanation: `${met} of the ${asks.length} kind(s) of work the ad asks shown in your experience (it states no years; you show ${held} relevant year(s)).`,
    evidence: asks
      .map((e, i) => ({ e, credit: credits[i]! }))
      .sort((a, b) => b.credit - a.credit)
      .slice(0, QUOTED)
      .map(({ e, credit }) =>
        e.met && e.quote
          ? `asked: ${short(e.requirement.text)} — shown: "${short(e.quote)}"`
          : credit > 0 && e.quote
            ? `asked: ${short(e.requirement.text)} — partly shown: "${short(e.quote)}"`
            : `asked: ${short(e.requirement.text)} — not shown in your experience`,
      ),
    weight: 0.25,
    dutiesMet: met,
    dutiesOf: asks.length,
  };
}
