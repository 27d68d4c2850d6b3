/**
 * skills, technicalSkills and softSkills scores: the weighted share of the job's skill
 * requirements the person meets. Critical must-haves weigh 3, other required skills 2,
 * preferred skills 1, skills only mentioned in the description 0.5. A requirement's credit is the best match over the person's skills, so
 * adding a skill can only raise a score and removing one can only lower it.
 */
import type { ScoreDetail } from "./types.ts";
import type { GroupResult, RequirementGroup } from "./match.ts";

export function groupWeight(g: RequirementGroup): number {
  if (g.kind === "preferred") return g.mentionedOnly ? 0.5 : 1;
  return g.critical ? 3 : 2;
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
