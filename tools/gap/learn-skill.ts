/**
 * Free resources to learn one named skill, whatever the analysis says of it: "where can I learn
 * Looker?" with no job chosen yet, or about a skill the job does not ask. The same choice as an
 * analysis's learning resources (learningResourcesFor), for that one skill.
 */
import { learningResourcesFor } from "./advice.ts";
import { loadAnalysisDeps } from "./deps.ts";
import type { LearningResourceRef } from "./types.ts";

export interface SkillToLearn {
  skill: string;
  skillId: string;
  resources: LearningResourceRef[];
}

/** `held`: the person's skill ids (a resource taught through one of them suits better). */
export async function resourcesToLearn(
  name: string,
  held: readonly string[] = [],
): Promise<SkillToLearn | undefined> {
  const { graph, catalog } = await loadAnalysisDeps();
  const skill = graph.lookup(name);
  if (!skill) return undefined;
  const gap = { type: "skill", skillId: skill.id, skill: skill.name } as Parameters<
    typeof learningResourcesFor
  >[0][number];
  const resources = learningResourcesFor([gap], catalog, graph, held);
  return resources.length ? { skill: skill.name, skillId: skill.id, resources } : undefined;
}
