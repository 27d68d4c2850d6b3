/**
 * What no course closes: a duty the role asks that the person's experience does not show ("Cook
 * fish", "Direct the preparation of food") and the years of relevant experience it asks. A sous
 * chef's analysis was UNFIT on three duty gaps and the years, yet "make me a roadmap" answered
 * "nothing to plan" (a new user's trial, issue 13, F13.2): the person could not act on the
 * verdict. Each is an item of its own (kind "credential": a step the plan holds, not a skill to
 * study) whose work is getting evidence — a practice project, volunteering, shadowing, a side
 * duty at work, a certificate that covers it — and, for the years, the ways to gain or show them.
 */
import type { Gap } from "../gap/types.ts";
import type { RoadmapItem } from "./types.ts";

/** Hours this plan gives finding a way into the work (a placement, volunteering, shadowing). */
const WAY_IN_HOURS = 4;
/** Hours a plan gives one duty: a practice project or a first shift of volunteering, written up. */
const DUTY_HOURS = 6;
/** At most this many duties are planned (required first): past them the verdict's own list says the rest. */
const MAX_DUTIES = 4;

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** "Cook fish" -> "cook fish": the duty as the object of a sentence. */
const asClause = (duty: string) => `${duty[0]!.toLowerCase()}${duty.slice(1)}`.replace(/\.$/, "");

/** Years asked and shown, as the experience gap's reason states them ("needs 5+ years …; you show 2.5 (2.5 short)"). */
function yearsOf(gap: Gap): { shown?: number; short?: number } {
  const shown = /you show ([\d.]+)/i.exec(gap.reason)?.[1];
  const short = /\(([\d.]+) short\)/i.exec(gap.reason)?.[1];
  return {
    ...(shown !== undefined ? { shown: Number(shown) } : {}),
    ...(short !== undefined ? { short: Number(short) } : {}),
  };
}

/**
 * The years of experience a role asks. With none that count (a career changer) the first step
 * is a way into the work; with some, the rest is gained in the work the person already has
 * (the role's duties taken on as a stretch, covering for someone) and the related years they
 * hold are shown as such on the resume. Either way the years build up on the job.
 */
export function experienceItem(gap: Gap): RoadmapItem {
  const { shown, short } = yearsOf(gap);
  const some = shown !== undefined && shown > 0;
  return {
    id: "credential:relevant-experience",
    skillId: "relevant-experience",
    skill: "Relevant experience",
    kind: "credential",
    severity: gap.severity,
    critical: false,
    targetLevel: "beginner",
    hours: WAY_IN_HOURS,
    after: [],
    resources: [],
    practice: some
      ? `Close the ${short ?? "missing"} year(s): ask your manager to take on this role's duties now (a stretch assignment, covering for someone, leading a shift or a project), and rewrite your resume so the years you already have that are close to this work say so.`
      : "Find a way into the work now: list three places where you could volunteer, shadow someone in the role or take on part of this work (a placement, a practicum, a side duty in your current job), and contact two of them.",
    checkpoint: some
      ? "You have agreed at least one of the role's duties with your manager, and your resume names the related years."
      : "You have asked two places for a placement, volunteering or shadowing, and know what each needs from you.",
    duration:
      "the years of experience the role asks build up on the job; a placement, practicum or volunteering (often part of the degree) is the way in",
    done: false,
  };
}

/** A duty the role asks that the experience does not show: get one piece of evidence of doing it. */
function dutyItem(gap: Gap): RoadmapItem {
  const duty = asClause(gap.skill);
  return {
    id: `credential:duty-${slug(gap.skill)}`,
    skillId: `duty-${slug(gap.skill)}`,
    skill: gap.skill,
    kind: "credential",
    severity: gap.severity,
    critical: false,
    targetLevel: "beginner",
    hours: DUTY_HOURS,
    after: [],
    resources: [],
    practice: `Get evidence that you can ${duty}: do it in a practice project, as a volunteer or a side duty at work, or shadow someone who does it (a short certificate course that covers it counts too), and write down what you did and the result.`,
    // Named, so two duties finishing in one week read as two checkpoints, not one line twice (trial20 §7).
    checkpoint: `You can name one time you had to ${duty} (a project, a reference or a certificate shows it) and your resume says so in a bullet.`,
    done: false,
  };
}

/** Items for the duties the role asks that the experience does not show, required ones first. */
export function dutyItems(gaps: readonly Gap[]): RoadmapItem[] {
  const duties = gaps
    .filter((g) => g.type === "duty")
    .sort((a, b) => (a.kind === b.kind ? a.priority - b.priority : a.kind === "required" ? -1 : 1));
  const seen = new Set<string>();
  const out: RoadmapItem[] = [];
  for (const g of duties) {
    const item = dutyItem(g);
    if (seen.has(item.id) || out.length >= MAX_DUTIES) continue;
    seen.add(item.id);
    out.push(item);
  }
  return out;
}
