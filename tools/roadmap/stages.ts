/**
 * A skill that runs over many weeks moves through stages instead of repeating one line: after
 * its course (learn), practise the basics, build a first version of the practice task, take it
 * further, get feedback, polish it; the item's last week proves it (its checkpoint). A stage
 * longer than one week is one block and says so ("weeks 4–5, week 2 of 2"). A new user's
 * trial (issue 12) had weeks 2-10 of a plan each "Practise Market Research on the practice
 * task" with the same task. A credential's first step moves the same way (compare, prepare,
 * apply). Pure: the schedule calls it on the packed weeks.
 */
import type { RoadmapItem, WeekPart } from "./types.ts";

export type PracticeStage =
  | "practise"
  | "build"
  | "extend"
  | "feedback"
  | "polish"
  | "compare"
  | "prepare"
  | "apply";

const SKILL_LADDER: PracticeStage[] = ["practise", "build", "extend", "feedback", "polish"];
const UNFINISHED_LADDER: PracticeStage[] = ["practise", "build", "extend", "feedback"];
const CREDENTIAL_LADDER: PracticeStage[] = ["compare", "prepare", "apply"];

/** Which stages a run of `m` practice weeks uses: a short run keeps the most useful ones. */
function ladderFor(m: number, ladder: PracticeStage[]): PracticeStage[] {
  if (ladder === CREDENTIAL_LADDER) {
    if (m === 1) return ["apply"];
    if (m === 2) return ["compare", "apply"];
  } else {
    if (m === 1) return ["build"];
    if (m === 2) return ["build", "feedback"];
    if (m === 3) return ["practise", "build", "feedback"];
    if (m === 4) return ["practise", "build", "extend", "feedback"];
  }
  return ladder;
}

/** The stage of the j-th (0-based) of m practice weeks. */
function stageAt(j: number, m: number, ladder: PracticeStage[]): PracticeStage {
  const stages = ladderFor(m, ladder);
  if (m <= stages.length) return stages[j]!;
  return stages[Math.floor((j * stages.length) / m)]!;
}

/**
 * Sets `stage` (and `block` when the stage spans weeks) on every part that carries an item on
 * without reading a resource: all but an item's last week once its resources are read; for a
 * credential, every week of its first step but the last, which applies.
 */
export function assignStages(packed: WeekPart[][], items: RoadmapItem[], firstWeek: number): void {
  const byId = new Map(items.map((i) => [i.id, i]));
  const runs = new Map<string, { part: WeekPart; week: number }[]>();
  packed.forEach((parts, index) => {
    for (const part of parts) {
      const item = byId.get(part.itemId);
      if (!item || part.resources?.length) continue;
      if (part.finishes && item.kind !== "credential") continue;
      runs.set(part.itemId, [...(runs.get(part.itemId) ?? []), { part, week: firstWeek + index }]);
    }
  });
  for (const [itemId, run] of runs) {
    const item = byId.get(itemId)!;
    const credential = item.kind === "credential";
    // A credential's step done in one week needs no stage: its line says what to do. A
    // licence's step is finding out the board's route, no programme to compare or apply to.
    if (credential && (run.length === 1 || !item.id.endsWith("-degree"))) continue;
    // An item the plan does not finish (its rest is left for after it) is not polished yet.
    const finished = packed.some((parts) => parts.some((p) => p.itemId === itemId && p.finishes));
    const ladder = credential ? CREDENTIAL_LADDER : finished ? SKILL_LADDER : UNFINISHED_LADDER;
    const stages = run.map((_, j) => stageAt(j, run.length, ladder));
    run.forEach(({ part }, j) => {
      part.stage = stages[j]!;
      let a = j;
      let b = j;
      while (a > 0 && stages[a - 1] === stages[j]) a--;
      while (b < run.length - 1 && stages[b + 1] === stages[j]) b++;
      if (b > a) part.block = { from: run[a]!.week, to: run[b]!.week };
    });
  }
}

/** "weeks 4–5, week 2 of 2" for a part of a block, empty otherwise. */
export function blockWords(part: WeekPart, week: number): string {
  const b = part.block;
  return b ? `weeks ${b.from}–${b.to}, week ${week - b.from + 1} of ${b.to - b.from + 1}` : "";
}

const GOALS: Record<PracticeStage, string> = {
  practise: "Practise the basics of {skill}",
  build: "Build a first version of the practice task in {skill}",
  extend: "Take the {skill} practice task further with a harder or real case",
  feedback: "Get feedback on your {skill} work and improve it",
  polish: "Polish your {skill} work into something you can show",
  compare: "Compare programmes for the {skill}",
  prepare: "Prepare the application for the {skill}",
  apply: "Apply for the {skill}",
};

export function stageGoal(stage: PracticeStage, item: RoadmapItem): string {
  return GOALS[stage].replaceAll("{skill}", item.skill);
}

/** The week's task for a stage: the practice task itself in the build stage. */
export function stageTask(stage: PracticeStage, item: RoadmapItem): string {
  const s = item.skill;
  switch (stage) {
    case "practise":
      return `Redo the exercises of ${s} from its course or official tutorials without looking at the answers, and list what you had to look up.`;
    case "build":
      return `Make a first rough version of the practice task: ${item.practice}`;
    case "extend":
      return `Take the practice task in ${s} further: try it on a harder or real case (real data, a colleague's real problem) and fix what the first version got wrong.`;
    case "feedback":
      return `Show your ${s} practice task to someone who does this work (a colleague, a mentor, an online community), write down their feedback and act on it.`;
    case "polish":
      return `Turn the practice task into something you can show: a short write-up of what you did and why, ready for your resume or portfolio.`;
    case "compare":
      return `List accredited programmes for the ${s} (entry requirements, part-time options, cost, start dates and deadlines) and pick two or three.`;
    case "prepare":
      return `Gather what the applications need (transcripts, references, a personal statement) and draft the statement.`;
    case "apply":
      return item.practice;
  }
}

export function stageCheckpoint(stage: PracticeStage, item: RoadmapItem): string {
  const s = item.skill;
  switch (stage) {
    case "practise":
      return `You can do the basic exercises of ${s} without notes.`;
    case "build":
      return `A first version of the practice task in ${s} exists, rough edges and all.`;
    case "extend":
      return `Your ${s} practice task handles a case you did not plan for at the start.`;
    case "feedback":
      return `You have written feedback on your ${s} work and the changes you made because of it.`;
    case "polish":
      return `Someone who does not know ${s} can follow your write-up.`;
    case "compare":
      return `You have a short list of programmes with their deadlines.`;
    case "prepare":
      return `Your application documents are drafted.`;
    case "apply":
      return item.checkpoint;
  }
}
