/**
 * Strengths, recommendations, next steps, priority improvements and learning resources —
 * all written from the computed results with fixed templates, so the same analysis always
 * reads the same way.
 */

import { PROFICIENCY_ORDER } from "../../contract/profile.ts";
import type { LearningCatalog } from "../../data/learning/types.ts";
import { NEARLY_THERE } from "./decide-verdict.ts";
import { MET_CREDIT } from "./gaps.ts";
import type { GroupResult } from "./match.ts";
import { suitedResources } from "./resource-fit.ts";
import { SCORE_LABELS } from "./score-labels.ts";
import type { SkillGraph } from "./skill-graph.ts";
import { openRequiredGaps } from "./stage-context.ts";
import type {
  Gap,
  LearningResourceRef,
  PriorityImprovement,
  ScoreDetail,
  ScoreKey,
  Strength,
} from "./types.ts";

export function findStrengths(results: GroupResult[], details: Record<string, ScoreDetail>): Strength[] {
  const strengths: Strength[] = [];
  const met = results
    .filter((r) => r.match && r.credit >= MET_CREDIT)
    .sort(
      (a, b) =>
        Number(b.group.critical) - Number(a.group.critical) ||
        Number(b.group.kind === "required") - Number(a.group.kind === "required") ||
        b.credit - a.credit ||
        a.group.key.localeCompare(b.group.key),
    );
  for (const r of met.slice(0, 8)) {
    const m = r.match!;
    const above = PROFICIENCY_ORDER.indexOf(m.levelHeld) > PROFICIENCY_ORDER.indexOf(m.levelAsked);
    strengths.push({
      skill: r.group.label,
      text: `${m.skill} meets ${r.group.critical ? "the must-have " : ""}${r.group.label}${m.via === "exact" || m.via === "alias" ? "" : ` (via ${m.via})`}${above ? `, at ${m.levelHeld} level above the ${m.levelAsked} asked` : ""}.`,
      evidence: m.evidence.slice(0, 3),
    });
  }
  for (const key of ["experience", "education", "domainKnowledge", "location", "salary", "cultureFit"]) {
    const d = details[key];
    if (d?.score !== null && d && d.score >= 90)
      strengths.push({ text: `${labelOf(key)}: ${d.explanation}`, evidence: d.evidence.slice(0, 2) });
  }
  return strengths;
}

const labelOf = (key: string) => SCORE_LABELS[key as ScoreKey] ?? key;

/** `held`: the person's skill ids; with the gaps, what a resource may be taught through (resource-fit.ts). */
export function learningResourcesFor(
  gaps: Gap[],
  catalog: LearningCatalog,
  graph: SkillGraph,
  held: readonly string[] = [],
): LearningResourceRef[] {
  const out: LearningResourceRef[] = [];
  const inPlay = new Set([...held, ...gaps.flatMap((g) => (g.skillId ? [g.skillId] : []))]);
  for (const g of gaps) {
    if (g.type !== "skill" || !g.skillId) continue;
    const entry = catalog.entry(g.skillId);
    if (!entry) continue;
    const name = graph.get(g.skillId)?.name ?? g.skill;
    const free = entry.resources.filter((x) => x.free);
    const suited = suitedResources(
      free,
      g.skillId,
      graph,
      new Set([...inPlay, ...catalog.prerequisites(g.skillId)]),
    );
    for (const r of suited.slice(0, 2)) {
      out.push({
        skill: name,
        skillId: g.skillId,
        title: r.title,
        url: r.url,
        kind: r.kind,
        hours: r.hours,
        free: r.free,
      });
    }
    if (out.length >= 12) break;
  }
  return out;
}

export function priorityImprovements(gaps: Gap[]): PriorityImprovement[] {
  return gaps.slice(0, 3).map((g) => ({
    skill: g.skill,
    action:
      g.type === "skill"
        ? `Build ${g.skill} to ${g.targetLevel} level${g.effortHours ? ` (about ${g.effortHours} h)` : ""}`
        : g.type === "experience"
          ? "Make all relevant experience visible: dates, the skills used in each role, projects"
          : g.type === "licence"
            ? "List the licence or registration you hold, or plan for the one the role needs"
            : g.type === "duty"
              ? "If you have done this, say where on your resume; if not, it is a nice-to-have to build"
              : "Show equivalent experience or a relevant qualification",
    readinessGain: g.impact,
    ...(g.effortHours !== undefined ? { hours: g.effortHours } : {}),
  }));
}

export function recommendations(
  gaps: Gap[],
  results: GroupResult[],
  details: Record<string, ScoreDetail>,
  resources: LearningResourceRef[],
  /** The verdict beside the advice: an UNFIT is never told it meets the requirements. */
  verdict: { verdict: "FIT" | "UNFIT"; enoughData: boolean } = { verdict: "FIT", enoughData: true },
): string[] {
  const out: string[] = [];
  // A FIT beside must-haves still open is near, said as the verdict says it (decide-verdict.ts).
  const open = openMustHaves(gaps);
  if (verdict.verdict === "FIT" && open.length > 0)
    out.push(
      `${capitalised(NEARLY_THERE)}: the fit holds, but ${open.slice(0, 3).join(", ")} ${open.length === 1 ? "is a must-have" : "are must-haves"} still to close — show or build ${open.length === 1 ? "it" : "them"} as you apply.`,
    );
  for (const g of gaps.filter((x) => x.severity === "critical" || x.severity === "high").slice(0, 3)) {
    if (g.type !== "skill") continue;
    const res = resources.find((r) => r.skillId === g.skillId);
    out.push(
      `Close the ${g.severity} gap in ${g.skill}: reach ${g.targetLevel} level (about ${g.effortHours ?? "?"} h)${res ? `, starting with "${res.title}"` : ""}.`,
    );
  }
  const listedOnly = results
    .filter((r) => r.match?.evidence.some((e) => e.startsWith("listed without")))
    .map((r) => r.match!.skill);
  if (listedOnly.length > 0)
    out.push(
      `Back up ${[...new Set(listedOnly)].slice(0, 4).join(", ")} with a role, project or certificate on your resume: skills that are only listed count for less.`,
    );
  const exp = gaps.find((g) => g.type === "experience");
  if (exp)
    out.push(
      // Dates help the years counted; an UNFIT's kind-of-work gap (verdict-reason-gap.ts) needs the work shown.
      exp.skill === "Relevant experience"
        ? `${exp.reason} Put dates on every role and name the skills used in each, so relevant years are counted.`
        : exp.reason,
    );
  const licence = gaps.find((g) => g.type === "licence" && g.kind === "required");
  if (licence)
    out.push(
      `${licence.reason} Add the licence or registration you hold (with its number or issuing body), or plan for the exam it needs.`,
    );
  const edu = gaps.find((g) => g.type === "education");
  if (edu) out.push(`${edu.reason} Mention equivalent experience or certifications if you have them.`);
  // What a score says it needs from the person (`needs`), not words of its explanation: the
  // culture and location advice matched wording the scores no longer used and never showed.
  if (details.salary?.needs === "salary")
    out.push("Add your salary expectation to your profile so pay can be compared.");
  if (details.cultureFit?.needs === "values")
    out.push(
      "Tell CareerCraft what you value at work (remote-first, learning, autonomy...) to score culture fit.",
    );
  if (details.location?.needs === "workMode" || details.location?.needs === "location")
    out.push("Add your location or remote preference to your profile so the job's location can be scored.");
  if (details.location?.needs === "relocation")
    out.push("Say whether you would relocate for this role so its location can be scored firmly.");
  const preferred = gaps.filter((g) => g.severity === "low").slice(0, 3);
  if (preferred.length > 0)
    out.push(`Nice-to-haves to add later: ${preferred.map((g) => g.skill).join(", ")}.`);
  if (out.length === 0) out.push(nothingElseToDo(verdict));
  return out;
}

/** Required skills and licences listed as high or critical gaps, by name (stage-context.ts openRequiredGaps). */
const openMustHaves = (gaps: Gap[]) => openRequiredGaps(gaps).map((g) => g.skill);
const capitalised = (t: string) => `${t[0]!.toUpperCase()}${t.slice(1)}`;

/**
 * The advice when no gap or score asks for anything: "apply" only beside a FIT. An UNFIT with
 * nothing listed to close was called so because nothing could be scored, or on the balance of the
 * work shown; saying "You meet this job's requirements" beside it contradicted the verdict
 * (issue 13: an academic advisor's UNFIT "nothing in the ad could be scored" read "apply").
 */
function nothingElseToDo(verdict: { verdict: "FIT" | "UNFIT"; enoughData: boolean }): string {
  if (verdict.verdict === "FIT")
    return "You meet this job's requirements: tailor your resume to its wording and apply.";
  return verdict.enoughData
    ? "This job is not a fit as your profile stands (the verdict says why): show the work it asks for, with dates and results, before applying."
    : "Nothing in this ad could be scored against your profile, so it cannot be called a fit: paste the ad's full requirements, or add your roles with dates and what you did in each, and run the analysis again.";
}

export function nextSteps(gaps: Gap[], resources: LearningResourceRef[], verdict: "FIT" | "UNFIT"): string[] {
  const steps: string[] = [];
  const first = gaps.find((g) => g.type === "skill");
  if (first) {
    const res = resources.find((r) => r.skillId === first.skillId);
    steps.push(`Start on ${first.skill} this week${res ? `: ${res.title} (${res.url})` : ""}.`);
    steps.push(`Build a small project that uses ${first.skill} and add it to your resume.`);
  }
  if (gaps.length > 0)
    steps.push("Ask for a week-by-week roadmap to close the remaining gaps (careercraft roadmap).");
  const open = openMustHaves(gaps);
  steps.push(
    verdict === "FIT" && open.length > 0
      ? `${capitalised(NEARLY_THERE)}: apply, lead your resume with the must-haves you meet, and close ${open.slice(0, 3).join(", ")} as you go.`
      : verdict === "FIT"
        ? "Apply, and lead your resume with the must-haves you meet."
        : "Re-run the analysis when you add skills or experience to see your readiness move.",
  );
  return steps;
}
