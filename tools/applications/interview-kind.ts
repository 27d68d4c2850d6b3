/**
 * What the interview stage after the first call is for the role applied to. The tracker keeps
 * one token for it (`technical_interview`, the skills round), but only some fields hold a
 * technical interview: a line cook is asked to cook (a working interview or a trial shift), a
 * nurse or a salesperson just has an interview. Said as "technical interview" to a chef it was
 * wrong (issue 12, lang12). The field is the O*NET occupation the position names (the role
 * finder over data/roles), read by its SOC major group.
 */
import { loadRoleFinder } from "../jobs/target.ts";
import { type ApplicationStatus, STATUS_LABELS } from "./status.ts";

export type InterviewKind = "technical" | "practical" | "general";

/** SOC major groups whose skills round is technical: computing and maths, engineering, the sciences. */
const TECHNICAL_GROUPS = new Set(["15", "17", "19"]);
/**
 * Groups whose skills round is done with the hands: food, cleaning, personal care, farming,
 * building, repair, production, driving (a working interview, a trial shift, a skills test).
 */
const PRACTICAL_GROUPS = new Set(["35", "37", "39", "45", "47", "49", "51", "53"]);

/** The kind of interview an O*NET-SOC occupation ("35-2014.00") holds. */
export function kindOfOccupation(code: string): InterviewKind {
  const group = code.slice(0, 2);
  if (TECHNICAL_GROUPS.has(group)) return "technical";
  return PRACTICAL_GROUPS.has(group) ? "practical" : "general";
}

/** The kind of interview a position as logged ("line cook", "RN", "backend engineer") holds; general when unknown. */
export async function interviewKind(position: string): Promise<InterviewKind> {
  const finder = await loadRoleFinder();
  const match = finder(position, { vague: true }) ?? finder(position, { vague: true, loose: true });
  return match ? kindOfOccupation(match.role.code) : "general";
}

const SKILLS_ROUND: Record<InterviewKind, string> = {
  technical: STATUS_LABELS.technical_interview,
  practical: "Practical interview",
  general: "Interview",
};

/** The name of a stage for a role of that kind ("Practical interview" for a cook's skills round). */
export function stageName(status: ApplicationStatus, kind: InterviewKind): string {
  return status === "technical_interview" ? SKILLS_ROUND[kind] : STATUS_LABELS[status];
}

/** The stage's name for the position applied to. */
export async function stageNameFor(status: ApplicationStatus, position: string): Promise<string> {
  return status === "technical_interview"
    ? stageName(status, await interviewKind(position))
    : STATUS_LABELS[status];
}

/** Each application's stage name by id, for a list ("Line Cook — Nobu: Practical interview"). */
export async function stageNames(
  apps: readonly { id: string; status: ApplicationStatus; position: string }[],
): Promise<Map<string, string>> {
  const names = await Promise.all(apps.map((a) => stageNameFor(a.status, a.position)));
  return new Map(apps.map((a, i) => [a.id, names[i]!]));
}
