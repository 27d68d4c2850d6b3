/**
 * The part of the skill taxonomy the analysis and the roadmap use. data/taxonomy's
 * `getTaxonomy()` satisfies it; keeping the port this small keeps tools/gap independent of
 * how the taxonomy is stored.
 */
import type { Skill } from "../../data/taxonomy/types.ts";

export interface SkillGraph {
  get(id: string): Skill | undefined | null;
  lookup(term: string): Skill | undefined | null;
  /** Every skill, for matching labels in other word forms (label-words.ts); optional. */
  all?(): readonly Skill[];
}

const ancestorCache = new WeakMap<SkillGraph, Map<string, ReadonlySet<string>>>();

/** Every parent, grandparent ... of a skill (PostgreSQL -> SQL -> relational databases ...). */
export function ancestorsOf(graph: SkillGraph, id: string): ReadonlySet<string> {
  let cache = ancestorCache.get(graph);
  if (!cache) {
    cache = new Map();
    ancestorCache.set(graph, cache);
  }
  const hit = cache.get(id);
  if (hit) return hit;
  const seen = new Set<string>();
  const queue = [...(graph.get(id)?.parents ?? [])];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (seen.has(next) || next === id) continue;
    seen.add(next);
    for (const p of graph.get(next)?.parents ?? []) queue.push(p);
  }
  cache.set(id, seen);
  return seen;
}

/** Partial credit one skill earns toward another through a `related` link (either side). */
export function relatedCredit(graph: SkillGraph, asked: string, held: string): number {
  const a = graph.get(asked)?.related.find((r) => r.id === held)?.credit ?? 0;
  const b = graph.get(held)?.related.find((r) => r.id === asked)?.credit ?? 0;
  return Math.max(a, b);
}

/** A parent with more children than this is too broad ("Programming") to make two skills alike. */
const NARROW_PARENT = 12;

/** Skills that share a narrow direct parent and a category: a last-resort likeness. */
export function areSiblings(graph: SkillGraph, asked: string, held: string): boolean {
  const a = graph.get(asked);
  const b = graph.get(held);
  if (!a || !b || a.category !== b.category) return false;
  return a.parents.some(
    (p) => b.parents.includes(p) && (graph.get(p)?.children.length ?? 0) <= NARROW_PARENT,
  );
}

export function skillName(graph: SkillGraph, id: string): string {
  return graph.get(id)?.name ?? id;
}
