/**
 * The vocabulary of each role's questions, as one merged "question" per role, so a request's
 * words can be checked against the domain a hit comes from: "warehouse safety" shares
 * "warehouse" with the data engineer's questions, but "safety" is nowhere in them (a data
 * warehouse, not a warehouse floor); "tracking customer changes in the warehouse" is at home
 * there. The share of the topic a role's questions cover in the request's sense
 * (topic-coverage.ts) is an input of the "bank has the topic" decision.
 *
 * Built on a role's first use and kept per repository and organization: a role's questions
 * imported after that count from the next process (or context) on.
 */
import type { InterviewQuestion } from "../../data/questions/types.ts";
import type { QuestionsRepository } from "../../data/repositories/questions.ts";
import type { SkillResolver } from "./query-analysis.ts";
import { type TopicUnit, topicCoverage } from "./topic-coverage.ts";

type Lister = Pick<QuestionsRepository, "list">;
const MAX_PER_ROLE = 2000;
const domains = new WeakMap<Lister, Map<string, Promise<InterviewQuestion>>>();

function roleDocument(
  lister: Lister,
  role: string,
  organizationId: string | null,
): Promise<InterviewQuestion> {
  let byRole = domains.get(lister);
  if (!byRole) {
    byRole = new Map();
    domains.set(lister, byRole);
  }
  const key = `${organizationId ?? ""}\u0000${role}`;
  let doc = byRole.get(key);
  if (!doc) {
    doc = lister.list({ role, organizationId }, MAX_PER_ROLE).then((questions) => ({
      id: `role:${key}`,
      organizationId,
      role,
      type: "technical",
      difficulty: "medium",
      // Each question and key point a run of its own: a phrase never spans two of them.
      text: "",
      keyPoints: questions.flatMap((q) => [q.text, ...q.keyPoints]),
      skills: [...new Set(questions.flatMap((q) => q.skills))],
      source: "role vocabulary",
    }));
    doc.catch(() => byRole.delete(key));
    byRole.set(key, doc);
  }
  return doc;
}

/** Per role: the share of the topic's units that role's questions cover in the request's sense. */
export async function domainCoverage(
  lister: Lister,
  roles: string[],
  units: TopicUnit[],
  organizationId: string | null | undefined,
  resolveSkill?: SkillResolver,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const role of new Set(roles)) {
    const doc = await roleDocument(lister, role, organizationId ?? null);
    out.set(role, topicCoverage(units, doc, resolveSkill));
  }
  return out;
}
