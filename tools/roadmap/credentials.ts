/**
 * A degree or licence the analysis found missing is a roadmap item of its own, before the
 * tools: no amount of practice closes it, so the plan holds its first step (choose and apply
 * to an accredited programme; find out what the licence needs) and says honestly how long the
 * whole takes — a degree is a long multi-week item that runs beside and beyond the plan.
 */
import type { Gap } from "../gap/types.ts";
import type { RoadmapItem } from "./types.ts";
import { dutyItems, experienceItem } from "./work-evidence.ts";

/** Typical length of study for a degree level, full time and part time (years). */
const DEGREE_YEARS: Record<string, { full: string; part: string }> = {
  associate: { full: "2 years", part: "3 to 4 years" },
  bachelor: { full: "4 years", part: "6 years or more" },
  master: { full: "2 years", part: "3 to 4 years" },
  doctorate: { full: "3 to 6 years", part: "5 to 8 years" },
};
/** Hours this plan gives the first step: comparing accredited programmes and applying. */
const APPLY_HOURS = 10;
/** Hours to find out a licence's route (exam, board, fees, supervised practice) and plan it. */
const LICENCE_ROUTE_HOURS = 4;

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function degreeItem(gap: Gap): RoadmapItem | undefined {
  const level = /^(\w+) degree$/.exec(gap.skill)?.[1];
  const years = level ? DEGREE_YEARS[level] : undefined;
  if (!level || !years) return undefined;
  const name = `${level[0]!.toUpperCase()}${level.slice(1)}'s degree`;
  return {
    id: `credential:${slug(gap.skill)}`,
    skillId: slug(gap.skill),
    skill: name,
    kind: "credential",
    severity: gap.severity,
    critical: gap.kind === "required",
    targetLevel: "beginner",
    hours: APPLY_HOURS,
    after: [],
    resources: [],
    practice: `Compare accredited ${level}'s programmes for the role (entry requirements, part-time options, cost, start dates) and send one application.`,
    checkpoint: `You have applied to (or enrolled in) an accredited ${level}'s programme.`,
    duration: `the degree itself takes about ${years.full} full time or ${years.part} part time: a long multi-week item that runs beside and beyond this plan`,
    done: false,
  };
}

function licenceItem(gap: Gap, degree: RoadmapItem | undefined): RoadmapItem {
  const name = gap.skill;
  return {
    id: `credential:${slug(name)}`,
    skillId: slug(name),
    skill: name,
    kind: "credential",
    severity: gap.severity,
    critical: gap.kind === "required",
    targetLevel: "beginner",
    hours: LICENCE_ROUTE_HOURS,
    after: degree ? [degree.id] : [],
    resources: [],
    practice: `Find out from the licensing board what the ${name} needs where you want to work (accredited education, the certification exam, fees, supervised hours) and write down the steps with dates.`,
    checkpoint: `You know each step to the ${name} and when you can take it.`,
    duration: `${degree ? "it follows the degree: " : ""}exam preparation and the board's application take months, not weeks`,
    done: false,
  };
}

/**
 * The education score a degree "or equivalent experience" gets when the person's relevant
 * years make it up (tools/gap/score-education.ts); below it the experience does not stand in.
 */
const MADE_UP_BY_EXPERIENCE = 85;
/** An experience score at or above this is a few months short of the years asked: no plan item. */
const FEW_MONTHS_SHORT = 80;

/**
 * Items for the required degree no experience stands in for and the licences missing, degree
 * first. A degree "or equivalent experience" is an item too when the person's experience does
 * not make it up (`educationScore` below what made-up scores): a school counselor's master's
 * was left out for a teacher with no counselling years (a new user's trial, issue 12).
 */
export function credentialItems(
  gaps: readonly Gap[],
  educationScore: number | null = null,
  experienceScore: number | null = null,
): RoadmapItem[] {
  const ordered = [...gaps].sort((a, b) => a.priority - b.priority);
  const madeUp = educationScore !== null && educationScore >= MADE_UP_BY_EXPERIENCE;
  const degreeGap = ordered.find(
    (g) => g.type === "education" && g.kind === "required" && (g.severity === "high" || !madeUp),
  );
  const degree = degreeGap ? degreeItem(degreeGap) : undefined;
  // One item per licence name: the schedule keys items by id, and a name asked twice is one
  // thing to find out about.
  const licences = new Map<string, RoadmapItem>();
  for (const g of ordered.filter((g) => g.type === "licence" && g.kind === "required")) {
    const item = licenceItem(g, degree);
    if (!licences.has(item.id)) licences.set(item.id, item);
  }
  const experienceGap = ordered.find(
    (g) => g.type === "experience" && g.kind === "required" && g.severity === "high",
  );
  // The years are planned unless the person's experience already scores well (someone a few
  // months short needs time in the work, not a plan item); no score (no dated roles) plans them.
  const wayIn =
    experienceGap && (experienceScore === null || experienceScore < FEW_MONTHS_SHORT)
      ? [experienceItem(experienceGap)]
      : [];
  return [...(degree ? [degree] : []), ...licences.values(), ...wayIn, ...dutyItems(gaps)];
}
