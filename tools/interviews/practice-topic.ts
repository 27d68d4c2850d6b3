/**
 * What a practice question is picked from when the person names a topic or a role
 * ("quiz me on food safety", "an interview question for logistics coordinator"): the
 * questions a search on that topic finds, or — when the bank has nothing on it — the
 * field-neutral set, with the topic or role said back so the person knows why. Before, the
 * topic was dropped and a random question of their own role came (a data-exposure question
 * for "food safety"), and a role the bank lacks got a general question without a word.
 */
import type { Asker } from "./bookmarks.ts";
import { withBankCognates } from "./cognates.ts";
import type { InterviewContext } from "./context.ts";
import { onTopic, searchQuestions } from "./search.ts";
import { filtersFrom, findQuestions, generalQuestions, type QuestionQuery } from "./service.ts";

export interface PracticeSource {
  /** Question ids to pick among (empty: pick by the filters as before). */
  pool: string[];
  /** The topic or role asked for that the bank has no questions on, said back. */
  notCovered?: { kind: "topic" | "role"; name: string };
}

/**
 * The person's own set's questions on a topic they named without a role: "quiz me on research"
 * for a UX-designer target is the UX set's user-research question, not the whole bank's nearest
 * (a general "tell me about yourself" came, trial14 §8 and trial16). Only questions on the topic
 * count, so a topic their set lacks ("quiz me on sql") still searches the whole bank.
 */
async function ownSetOnTopic(
  ic: InterviewContext,
  asker: Asker,
  topic: string,
  ownRole: string,
  type?: QuestionQuery["type"],
): Promise<string[]> {
  const role = filtersFrom(ic, { role: ownRole }).role;
  if (!role) return [];
  const filters = { role, organizationId: asker.organizationId, ...(type ? { type } : {}) };
  const hits = await searchQuestions(ic, { query: withBankCognates(topic), filters, limit: 5 });
  return hits.filter(onTopic).map((h) => h.question.id);
}

/** `ownRole`: the person's target, else held, role (service.ts personRole), searched first for a topic. */
export async function practiceSource(
  ic: InterviewContext,
  asker: Asker,
  args: Omit<QuestionQuery, "query">,
  ownRole?: string,
): Promise<PracticeSource> {
  if (args.skill && !args.role && ownRole) {
    const mine = await ownSetOnTopic(ic, asker, args.skill, ownRole, args.type);
    if (mine.length) return { pool: mine };
  }
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
