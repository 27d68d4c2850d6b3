/**
 * Questions for a target job the bank has no role for ("Health Informatics Specialist"): the
 * bank's questions tagged with the target's own skills, required ones first. Found trying the
 * product as a nurse moving into health informatics: "give me interview questions" listed
 * nursing questions (her current job's), and with the target alone the list was other roles'
 * behavioural questions (an accountant's month-end close).
 */
import type { Db } from "../../data/db/types.ts";
import { GENERAL_ROLE } from "../../data/questions/roles.ts";
import type { InterviewQuestion } from "../../data/questions/types.ts";
import { createAnalysesRepository } from "../../data/repositories/analyses.ts";
import type { JobPosting } from "../jobs/types.ts";
import type { Asker } from "./bookmarks.ts";
import type { InterviewContext } from "./context.ts";
import { questionsForGaps } from "./gaps.ts";
import { familyOfOccupation } from "./nearest-family.ts";
import { analyzeQuery } from "./query-analysis.ts";

export interface TargetSkillQuestions {
  /** The target's title, as the person's target names it. */
  role: string;
  /** Names of the skills the questions are on, in the order asked. */
  skills: string[];
  questions: InterviewQuestion[];
}

/**
 * A request for questions that names no subject ("give me interview questions", "quiz me"):
 * no role, skill or type, and the words name no topic, role or skill of the bank.
 */
export function asksForNoSubject(
  ic: Pick<InterviewContext, "resolveSkill">,
  args: { role?: string; skill?: string; type?: string; query?: string },
): boolean {
  if (args.role || args.skill || args.type) return false;
  const said = args.query?.trim();
  if (!said) return true;
  const read = analyzeQuery(said, ic.resolveSkill);
  return !read.topic && !read.role && read.skills.length === 0;
}

/** Required skills before nice-to-haves, must-haves first; the posting's order otherwise. */
function skillsByWeight(posting: Partial<JobPosting> | null | undefined): string[] {
  const skills = Array.isArray(posting?.skills) ? posting.skills : [];
  const rank = (s: JobPosting["skills"][number]) => (s.kind === "required" ? 0 : 2) + (s.critical ? 0 : 1);
  return [...skills]
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
    .map(({ s }) => s.skillId)
    .filter((id): id is string => typeof id === "string" && id.length > 0);
}

/**
 * The questions on the skills of the person's latest target, when the bank has no role for
 * that target (a target it has a role for is searched by role); undefined when there is no
 * target or no question is tagged with any of its skills.
 */
export async function questionsOnTargetSkills(
  ic: InterviewContext,
  asker: Asker,
  db: Db,
  userId: string,
): Promise<TargetSkillQuestions | undefined> {
  const target = await createAnalysesRepository(db).latestJob<Partial<JobPosting>>(userId);
  const role = target?.title?.trim();
  // A target with a set of its own, or a nearest set, practises that set (nearest-family.ts).
  if (!role || analyzeQuery(role, ic.resolveSkill).role) return undefined;
  if (familyOfOccupation(target?.requirements?.occupation?.code)) return undefined;
  const groups = await questionsForGaps(ic, {
    gapSkills: skillsByWeight(target?.requirements),
    // Only the field-neutral set: another field's questions tagged with a shared skill (an
    // office manager's for a school counselor's "organization") are that field's, not the target's.
    filters: { organizationId: asker.organizationId, role: GENERAL_ROLE },
    perSkill: 2,
  });
  // Only questions the bank tags with the skill: one found by the meaning of a skill's name
  // alone is too often about something else ("spreadsheets" -> a slow Linux server).
  const tagged = groups.filter((g) => g.match === "tagged" && g.questions.length > 0);
  if (tagged.length === 0) return undefined;
  return {
    role,
    skills: tagged.map((g) => ic.skillName(g.skill) ?? g.skill),
    questions: tagged.flatMap((g) => g.questions),
  };
}
