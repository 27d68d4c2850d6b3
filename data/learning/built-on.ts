/**
 * What a skill is built on: its concrete taxonomy parents (PostgreSQL -> SQL, Angular ->
 * TypeScript) and the learning catalog's prerequisites (learn HTML before Angular). One reading
 * of that fact serves both directions it is used in: the roadmap teaches these first, and the
 * resume reader lets work in a skill back a listed foundation it is written in.
 *
 * Only concrete parents count: a broad grouping ("web development") is neither something to
 * study as a step nor something a used framework proves.
 */
import type { Skill } from "../taxonomy/types.ts";

const CONCRETE_PARENT = new Set([
  "programming_language",
  "framework_library",
  "database",
  "cloud_platform",
  "tool",
]);

export interface ParentSource {
  get(id: string): Pick<Skill, "parents" | "category"> | undefined | null;
}

/** Sorted, without the skill itself; prerequisites come from the caller's catalog. */
export function skillBuiltOn(
  graph: ParentSource,
  prerequisites: (id: string) => readonly string[],
  skillId: string,
): string[] {
  const parents = (graph.get(skillId)?.parents ?? []).filter((p) =>
    CONCRETE_PARENT.has(graph.get(p)?.category ?? ""),
  );
  return [...new Set([...prerequisites(skillId), ...parents])].filter((p) => p !== skillId).sort();
}
