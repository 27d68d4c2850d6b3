/**
 * Gaps: every requirement not fully met, with kind, severity and a priority that weighs the
 * readiness it would add against the hours it takes (from the learning catalog).
 *
 * severity: critical = a must-have under the critical credit; high = another required skill
 * mostly missing; medium = a required skill partly met; low = a preferred skill.
 * priority: sorted by severity, then — for a role profile — by how central the skill is to
 * the role (a field's own tool such as HubSpot before Adobe Acrobat, which every field lists;
 * years and degree count as central), then by impact per effort (readiness points per
 * sqrt(hours + 1)), then by name so ties never reorder. A posting's asks carry no centrality.
 */

import { PROFICIENCY_ORDER, type Proficiency } from "../../contract/profile.ts";
import type { LearningCatalog, Level } from "../../data/learning/types.ts";
import type { JobPosting } from "../jobs/types.ts";
import type { RequirementEvidence } from "./evidence.ts";
import { firstNamedAlternative } from "./first-named-alternative.ts";
import { gapReason } from "./gap-reason.ts";
import { kindredReason } from "./kindred-trade.ts";
import { type GroupResult, isListedOnly } from "./match.ts";
import { CRITICAL_CREDIT, READINESS_WEIGHTS } from "./readiness.ts";
import { groupWeight } from "./score-skills.ts";
import type { SkillGraph } from "./skill-graph.ts";
import type { Gap, GapSeverity, ScoreDetail } from "./types.ts";
import { aDegree } from "./unshown-asks.ts";

/** A requirement met at or above this credit is not a gap. */
export const MET_CREDIT = 0.85;
const SEVERITY_ORDER: GapSeverity[] = ["critical", "high", "medium", "low"];

function severityOf(r: GroupResult): GapSeverity {
  if (r.group.kind === "preferred") return "low";
  if (r.group.critical && r.credit < CRITICAL_CREDIT) return "critical";
  if (r.credit < CRITICAL_CREDIT) return "high";
  return "medium";
}

/** Readiness points the skills part would gain if this requirement were fully met. */
function skillImpact(r: GroupResult, totalWeight: number, readinessShare: number): number {
  if (totalWeight === 0) return 0;
  const skillsGain = (100 * groupWeight(r.group) * (1 - r.credit)) / totalWeight;
  return Math.round(skillsGain * readinessShare * 10) / 10;
}

export interface GapInputs {
  graph: SkillGraph;
  catalog: LearningCatalog;
  job: JobPosting;
  results: GroupResult[];
  details: Record<string, ScoreDetail>;
  experience: { requiredYears?: number; heldYears: number; explicit: boolean };
  educationShort: number;
  /**
   * The ad's typed asks with the evidence found (evidence.ts). A licence or registration the
   * job requires and the resume does not show is a gap of its own: a registered-nurse role
   * asks for a nursing licence, which no skill or degree level stands in for.
   */
  asks?: RequirementEvidence[];
}

/** Share of readiness the skills score carries, given which scores had data. */
function skillsShare(details: Record<string, ScoreDetail>): number {
  let total = 0;
  for (const [key, w] of Object.entries(READINESS_WEIGHTS))
    if (details[key]?.score !== null && details[key]) total += w;
  return total === 0 ? 0 : (READINESS_WEIGHTS.skills ?? 0) / total;
}

/**
 * A licence ask that asks it of the candidate: "Licensing or registration required", "CPA
 * licence required", not a duty that names one ("maintain software licenses") nor a role
 * profile's duty about others ("Able to work under the direction of licensed nursing staff").
 */
function isLicenceAsk(a: RequirementEvidence): boolean {
  const text = a.requirement.text;
  if (/^(able to|experience with)\b/i.test(text)) return false;
  return (
    a.requirement.about !== "duty" || /\b(required|requires?|must|needs?|needed|mandatory)\b/i.test(text)
  );
}

/**
 * A posting's licence ask by its own words, short enough for a gap list: "- Current board
 * certification as an FNP (AANP or ANCC)" -> "Board certification as an FNP (AANP or ANCC)".
 * Two licences an ad asks for are two gaps with two names (both were "Licence or
 * registration", and the roadmap built from them failed on the repeated name).
 */
export function licenceLabel(text: string): string {
  const words = text
    .replace(/^[\s\-•*·▪–]+/, "")
    .replace(/^(?:(?:a|an|the|current|active|valid|current and active|must hold|hold)\s+)+/i, "")
    // The first ask of a line that joins several ("…, and DEA registration").
    .split(/[;]|,\s*(?:and\s+)?(?![^(]*\))/)[0]!
    .replace(/[.\s]+$/, "")
    .split(/\s+/);
  let label = "";
  for (const w of words) {
    if (label && label.length + w.length + 1 > 70) break;
    label = label ? `${label} ${w}` : w;
  }
  return label ? `${label[0]!.toUpperCase()}${label.slice(1)}` : "Licence or registration";
}

/** Nice-to-have asks in words listed as gaps: at most this many, so a long wish list does not bury the skills. */
const MAX_DUTY_GAPS = 5;

const normal = (t: string) => t.toLowerCase().replace(/\s+/g, " ").trim();

/**
 * The ad's nice-to-haves put in words rather than as a skill the taxonomy knows ("Survey tools
 * such as Qualtrics", "Experience with grant writing is a plus") that the resume does not show.
 * A user reads the ad's wish list and expects to see them (issue 13); before, only a named
 * skill became a gap, so these were silently dropped. Not for a described role (its lines are
 * O*NET's tasks, not a wish list), not a personal trait (not something to close by learning),
 * and not a sentence a skill ask already came from (that skill is the gap).
 */
function unmetNiceToHaveDuties(input: GapInputs): RequirementEvidence[] {
  if (input.job.source !== "posting") return [];
  const skillLines = input.results.map((r) => normal(r.group.evidence));
  return (input.asks ?? [])
    .filter((a) => {
      const r = a.requirement;
      if (r.type !== "duty" || r.kind !== "preferred" || a.met || r.about === "trait") return false;
      const text = normal(r.text);
      return !skillLines.some((line) => line.includes(text) || text.includes(line));
    })
    .slice(0, MAX_DUTY_GAPS);
}

/** An ask's own words, short enough for a gap list: "- Survey tools such as Qualtrics." -> "Survey tools such as Qualtrics". */
function askLabel(text: string): string {
  const words = text
    .replace(/^[\s\-•*·▪–]+/, "")
    .replace(/[.;:\s]+$/, "")
    .split(/\s+/);
  let label = "";
  for (const w of words) {
    if (label && label.length + w.length + 1 > 70) break;
    label = label ? `${label} ${w}` : w;
  }
  return `${label[0]!.toUpperCase()}${label.slice(1)}`;
}

export function findGaps(input: GapInputs): Gap[] {
  const { graph, catalog, results, details } = input;
  const totalWeight = results.reduce((s, r) => s + groupWeight(r.group), 0);
  const share = skillsShare(details);
  const gaps: (Gap & { ratio: number; central: number })[] = [];
  const profile = input.job.source === "role_profile";
  const centralityOf = (ids: string[]) =>
    Math.max(0, ...input.job.skills.filter((s) => ids.includes(s.skillId)).map((s) => s.centrality ?? 0));
  /** Years and a degree are the role's own asks: as central as its most central tool. */
  const roleCentral = profile ? Math.max(0, ...input.job.skills.map((s) => s.centrality ?? 0)) : 0;

  for (const r of results) {
    if (r.credit >= MET_CREDIT) continue;
    const target = r.group.level as Level;
    // The person's level in the asked skill itself (a related skill does not count as a level in it).
    const held: Proficiency | undefined =
      r.match && r.match.skillId === r.match.requirementId ? r.match.levelHeld : undefined;
    const from =
      held && PROFICIENCY_ORDER.indexOf(held) < PROFICIENCY_ORDER.indexOf(target)
        ? (held as Level)
        : undefined;
    // Any one alternative closes an any-of ask: the one the person is closest to (the match),
    // else the one the ask names first, else the quickest to learn ("Docker, Kubernetes or
    // OpenShift" plans Docker alone).
    const hoursFor = (id: string) => catalog.effortHours(id, from, target, graph.get(id)?.category);
    const learnId = r.match?.requirementId ?? firstNamedAlternative(r.group.ids, input.job.skills, hoursFor);
    const hours = hoursFor(learnId);
    const impact = skillImpact(r, totalWeight, share);
    const severity = severityOf(r);
    gaps.push({
      skill: r.group.label,
      skillId: learnId,
      type: "skill",
      kind: r.group.kind,
      severity,
      priority: 0,
      reason: gapReason(r),
      evidence: [`ad: ${r.group.evidence.slice(0, 160)}`, ...(r.match ? r.match.evidence.slice(0, 2) : [])],
      ...(held ? { currentLevel: held } : {}),
      ...(isListedOnly(r) ? { unevidenced: true as const } : {}),
      targetLevel: r.group.level,
      impact,
      effortHours: hours,
      ratio: impact / Math.sqrt(hours + 1),
      central: profile ? centralityOf(r.group.ids) : 0,
    });
  }

  const exp = input.experience;
  if (exp.requiredYears && exp.heldYears < exp.requiredYears) {
    const missing = Math.round((exp.requiredYears - exp.heldYears) * 10) / 10;
    const fraction = exp.heldYears / exp.requiredYears;
    const severity: GapSeverity =
      exp.explicit && fraction < 0.5 ? "critical" : fraction < 0.75 ? "high" : "medium";
    const expDetail = details.experience;
    const impact =
      expDetail?.score !== null && expDetail
        ? Math.round(
            (((100 - expDetail.score) * (READINESS_WEIGHTS.experience ?? 0) * share) /
              (READINESS_WEIGHTS.skills ?? 1)) *
              10,
          ) / 10
        : 0;
    gaps.push({
      skill: "Relevant experience",
      type: "experience",
      kind: "required",
      severity,
      priority: 0,
      reason: `${exp.explicit ? "The ad asks" : "The role typically needs"} ${exp.requiredYears}+ years of relevant experience; you show ${exp.heldYears} (${missing} short).`,
      evidence: expDetail?.evidence.slice(0, 3) ?? [],
      impact,
      ratio: impact / Math.sqrt(missing * 1000 + 1),
      central: roleCentral,
    });
  }
  if (input.educationShort > 0 && input.job.education?.level) {
    const eduDetail = details.education;
    const impact =
      eduDetail?.score !== null && eduDetail
        ? Math.round(
            (((100 - eduDetail.score) * (READINESS_WEIGHTS.education ?? 0) * share) /
              (READINESS_WEIGHTS.skills ?? 1)) *
              10,
          ) / 10
        : 0;
    const edu = input.job.education;
    gaps.push({
      skill: `${edu.level} degree`,
      type: "education",
      kind: edu.kind,
      severity: edu.equivalentExperience ? "medium" : "high",
      priority: 0,
      reason: edu.noSubstitute
        ? `The role requires ${aDegree(edu.level ?? "bachelor")}, and no amount of experience stands in for it (${edu.noSubstitute.slice(0, 160)}).`
        : `${input.job.source === "posting" ? "The ad asks" : "The role typically needs"} ${input.job.source === "posting" ? "for " : ""}${edu.level} level education${edu.equivalentExperience ? " or equivalent experience" : ""}.`,
      evidence: [`ad: ${edu.evidence.slice(0, 160)}`],
      impact,
      ratio: impact / Math.sqrt(2000),
      // A degree a licensed occupation requires comes before its tools: without it the rest
      // does not open the door.
      central: edu.noSubstitute ? roleCentral + 1 : roleCentral,
    });
  }

  const licences = (input.asks ?? []).filter(
    (a) => a.requirement.type === "licence" && !a.met && isLicenceAsk(a),
  );
  for (const a of licences) {
    const posting = input.job.source === "posting";
    const named = a.requirement.credential && !posting ? a.requirement.credential.name : undefined;
    gaps.push({
      skill: named ? `${named} licence` : licenceLabel(a.requirement.text),
      type: "licence",
      kind: a.requirement.kind,
      severity: a.requirement.kind === "required" ? "high" : "low",
      priority: 0,
      reason: `${posting ? "The ad asks" : "The role requires"}: "${a.requirement.text.slice(0, 120)}"; your profile shows no such licence or certification${named ? ` (a ${named} licence or certification, by name)` : ""}.`,
      evidence: [`${posting ? "ad" : "role"}: ${a.requirement.text.slice(0, 160)}`],
      // Not something a course of hours closes; it weighs in no score, so it adds no readiness.
      impact: 0,
      ratio: 0,
      central: a.requirement.hard ? roleCentral + 1 : roleCentral,
    });
  }

  // A clearance is granted, not learned: a gap with no course behind it, named by its level.
  for (const a of (input.asks ?? []).filter((x) => x.requirement.type === "clearance" && !x.met)) {
    const c = a.requirement.clearance;
    gaps.push({
      skill: c && c.rank > 0 ? `${c.name} security clearance` : "Security clearance",
      type: "licence",
      kind: a.requirement.kind,
      severity: a.requirement.hard ? "critical" : a.requirement.kind === "required" ? "medium" : "low",
      priority: 0,
      reason: `The ad asks: "${a.requirement.text.slice(0, 120)}"; your profile states no such clearance (not found).`,
      evidence: [`ad: ${a.requirement.text.slice(0, 160)}`],
      impact: 0,
      ratio: 0,
      central: a.requirement.hard ? roleCentral + 1 : roleCentral,
    });
  }

  // A described trade's competences it does not show (trade-evidence.ts): they weigh in the
  // skills score, so they are gaps of the role, in its own words.
  for (const a of (input.asks ?? [])
    .filter((e) => e.requirement.typicalOf && !e.met)
    .slice(0, MAX_DUTY_GAPS)) {
    gaps.push({
      skill: askLabel(a.requirement.text.replace(/^Able to /, "")),
      type: "duty",
      kind: a.requirement.kind,
      // Kindred work (kindred-trade.ts) is near: the ask is a thing to say or grow into, not a wall.
      severity: a.requirement.kind === "required" && !a.kindred ? "medium" : "low",
      priority: 0,
      reason: a.kindred
        ? kindredReason(a.requirement.text, a.kindred)
        : `The role typically needs: "${a.requirement.text.slice(0, 120)}"; your experience does not show it (no such work, and no role held in this trade or a kindred one).`,
      evidence: [
        `role: ${a.requirement.text.slice(0, 160)}`,
        ...(a.quote ? [`closest: ${a.quote.slice(0, 160)}`] : []),
      ],
      impact: 0,
      ratio: 0,
      central: 0,
    });
  }

  for (const a of unmetNiceToHaveDuties(input)) {
    gaps.push({
      skill: askLabel(a.requirement.text),
      type: "duty",
      kind: "preferred",
      severity: "low",
      priority: 0,
      reason: `The ad would like: "${a.requirement.text.slice(0, 120)}"; your resume does not show it.`,
      evidence: [
        `ad: ${a.requirement.text.slice(0, 160)}`,
        ...(a.quote ? [`closest: ${a.quote.slice(0, 160)}`] : []),
      ],
      // Weighs in no score as a skill does: it adds no readiness, and it is listed after them.
      impact: 0,
      ratio: 0,
      central: 0,
    });
  }

  gaps.sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
      b.central - a.central ||
      b.ratio - a.ratio ||
      a.skill.localeCompare(b.skill),
  );
  return gaps.map(({ ratio: _ratio, central: _central, ...g }, i) => ({ ...g, priority: i + 1 }));
}
