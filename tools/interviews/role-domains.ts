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
import type { QuestionsRepository } from "../../data/repositories/questions.ts";
import type { SkillResolver } from "./query-analysis.ts";
import { type SenseIndex, senseIndex } from "./sense-index.ts";
import { indexCoverage, type TopicUnit } from "./topic-coverage.ts";

type Lister = Pick<QuestionsRepository, "list">;
const MAX_PER_ROLE = 2000;
const domains = new WeakMap<Lister, Map<string, Promise<SenseIndex>>>();

/** A role's questions as one indexed document: every question and key point a sentence of its own. */
function roleIndex(
  lister: Lister,
  role: string,
  organizationId: string | null,
  resolveSkill?: SkillResolver,
): Promise<SenseIndex> {
  let byRole = domains.get(lister);
  if (!byRole) {
    byRole = new Map();
    domains.set(lister, byRole);
  }
  const key = `${organizationId ?? ""}\u0000${role}`;
  let index = byRole.get(key);
  if (!index) {
    index = lister.list({ role, organizationId }, MAX_PER_ROLE).then((questions) =>
      senseIndex(
        [...questions.flatMap((q) => [q.text, ...q.keyPoints]), role.replace(/-/g, " ")],
        questions.flatMap((q) => q.skills),
        resolveSkill,
      ),
    );
    index.catch(() => byRole.delete(key));
    byRole.set(key, index);
  }
  return index;
}

/** Per role: the share of the topic's units that role's questions cover in the request's sense. */
export async function domainCoverage(
  lister: Lister,
  roles: string[],
  units: TopicUnit[],
  organizationId: string | null | undefined,
  resolveSkill?: SkillResolver,
): Promise<Map<string, number>> {
  const unique = [...new Set(roles)];
  // Started together: a cold process lists the roles it has not indexed yet in one go.
  const indexes = await Promise.all(
    unique.map((role) => roleIndex(lister, role, organizationId ?? null, resolveSkill)),
  );
  return new Map(unique.map((role, i) => [role, indexCoverage(units, indexes[i]!)]));
}

/**
 * Start-up: index these roles' questions ahead of the first search (the shared bank, or an
 * organization's view of it), so that search lists and reads no role of its own.
 */
export async function warmRoleDomains(
  lister: Lister,
  roles: readonly string[],
  organizationId: string | null,
  resolveSkill?: SkillResolver,
): Promise<void> {
  await Promise.all(roles.map((role) => roleIndex(lister, role, organizationId, resolveSkill)));
}
