/**
 * skills, technicalSkills and softSkills scores: the weighted share of the job's skill
 * requirements the person meets. Critical must-haves weigh 3, other required skills 2,
 * preferred skills 1, skills only mentioned in the description 0.5 (soft skills half of that). A requirement's credit is the best match over the person's skills, so
 * adding a skill can only raise a score and removing one can only lower it.
 */

import type { GroupResult, RequirementGroup } from "./match.ts";
import type { ScoreDetail } from "./types.ts";

/**
 * Soft skills count half: resumes rarely state them (and anyone can), so they are judged in
 * interviews more than on paper; the softSkills score still shows them in full.
 */
export function groupWeight(g: RequirementGroup): number {
  const base = g.kind === "preferred" ? (g.mentionedOnly ? 0.5 : 1) : g.critical ? 3 : 2;
  return g.type === "soft" ? base / 2 : base;
}

function describe(r: GroupResult): string {
  const tag = r.group.critical ? "must-have" : r.group.kind;
  if (!r.match) return `${r.group.label} (${tag}): not found on the profile`;
  return `${r.group.label} (${tag}): ${r.match.skill} via ${r.match.via}, credit ${r.credit.toFixed(2)}`;
}

/**
 * A competence a described trade asks (trade-evidence.ts): met by what the person did or by
 * work held in the trade, scored with the skills like a required skill.
 */
export interface CompetenceCredit {
  label: string;
  credit: number;
  quote?: string;
}
const COMPETENCE_WEIGHT = 2;

/** The credit from which a skill requirement is called met in the skills score's "k of n met". */
export const MET_CREDIT = 0.85;

/** How many of the job's skill requirements are met, as the skills score states it ("k of n met"). */
export function skillsMet(results: GroupResult[]): { met: number; of: number } {
  return { met: results.filter((r) => r.credit >= MET_CREDIT).length, of: results.length };
}

export function scoreSkillSet(
  results: GroupResult[],
  label: string,
  filter: (g: RequirementGroup) => boolean,
  weight: number,
  competences: readonly CompetenceCredit[] = [],
): ScoreDetail {
  const subset = results.filter((r) => filter(r.group));
  if (subset.length === 0 && competences.length === 0) {
    return {
      score: null,
      enoughData: false,
      explanation: `Not enough data: the job names no ${label} requirements, so this is not scored.`,
      evidence: [],
      weight: 0,
    };
  }
  let total = 0;
  let earned = 0;
  for (const r of subset) {
    total += groupWeight(r.group);
    earned += groupWeight(r.group) * r.credit;
  }
  for (const c of competences) {
    total += COMPETENCE_WEIGHT;
    earned += COMPETENCE_WEIGHT * c.credit;
  }
  const score = Math.round((100 * earned) / total);
  const credits = [...subset.map((r) => r.credit), ...competences.map((c) => c.credit)];
  const met = credits.filter((c) => c >= MET_CREDIT).length;
  const partial = credits.filter((c) => c > 0 && c < MET_CREDIT).length;
  const missing = credits.length - met - partial;
  return {
    score,
    enoughData: true,
    explanation: `${met} of ${credits.length} ${label} requirement(s) met, ${partial} partly, ${missing} missing (must-haves weigh 3, other required 2, preferred 1, only mentioned 0.5${competences.length ? "; the trade's competences weigh 2" : ""}).`,
    evidence: [
      ...subset.map(describe),
      ...competences.map(
        (c) =>
          `${c.label} (competence of the trade): ${c.quote ? `"${c.quote}", ` : "not shown, "}credit ${c.credit.toFixed(2)}`,
      ),
    ],
    weight,
  };
}
