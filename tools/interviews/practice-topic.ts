/**
 * What a practice question is picked from when the person names a topic or a role
 * ("quiz me on food safety", "an interview question for logistics coordinator"): the
 * questions a search on that topic finds, or — when the bank has nothing on it — the
 * field-neutral set, with the topic or role said back so the person knows why. Before, the
 * topic was dropped and a random question of their own role came (a data-exposure question
 * for "food safety"), and a role the bank lacks got a general question without a word.
 */
import type { Asker } from "./bookmarks.ts";
import type { InterviewContext } from "./context.ts";
import { filtersFrom, findQuestions, generalQuestions, type QuestionQuery } from "./service.ts";

export interface PracticeSource {
  /** Question ids to pick among (empty: pick by the filters as before). */
  pool: string[];
  /** The topic or role asked for that the bank has no questions on, said back. */
  notCovered?: { kind: "topic" | "role"; name: string };
}

export async function practiceSource(
  ic: InterviewContext,
  asker: Asker,
  args: Omit<QuestionQuery, "query">,
): Promise<PracticeSource> {
  // A skill the bank tags questions with keeps the filter it always had ("quiz me on SQL").
  if (args.skill && !filtersFrom(ic, { skill: args.skill }).skill) {
    const found = await findQuestions(ic, asker, {
      query: args.skill,
      ...(args.type ? { type: args.type } : {}),
    });
    if (found.questions.length) return { pool: found.questions.map((q) => q.id) };
    if (found.missingTopic) {
      const general = await generalQuestions(ic, asker);
      return { pool: general.map((q) => q.id), notCovered: { kind: "topic", name: found.missingTopic } };
    }
  }
  if (args.role && !filtersFrom(ic, { role: args.role }).role)
    return { pool: [], notCovered: { kind: "role", name: args.role } };
  return { pool: [] };
}
