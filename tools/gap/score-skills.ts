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

export function scoreSkillSet(
  results: GroupResult[],
  label: string,
  filter: (g: RequirementGroup) => boolean,
  weight: number,
): ScoreDetail {
  const subset = results.filter((r) => filter(r.group));
  if (subset.length === 0) {
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
  const score = Math.round((100 * earned) / total);
  const met = subset.filter((r) => r.credit >= 0.85).length;
  const partial = subset.filter((r) => r.credit > 0 && r.credit < 0.85).length;
  const missing = subset.length - met - partial;
  return {
    score,
    enoughData: true,
    explanation: `${met} of ${subset.length} ${label} requirement(s) met, ${partial} partly, ${missing} missing (must-haves weigh 3, other required 2, preferred 1, only mentioned 0.5).`,
    evidence: subset.map(describe),
    weight,
  };
}
