/**
 * What a new roadmap's reply says it covers: the items its weeks hold, in the order they come
 * (duties the role asks for, skills, what is learnt first), up to five. A degree or licence that
 * takes years is said apart (the reply's long-term line). The trial (trial16 §8) was told a plan
 * was "covering Microsoft PowerPoint" while six of its eight weeks were the role's duties: only
 * gap items were named when any existed.
 */
import type { Roadmap } from "../../tools/roadmap/types.ts";

export function planCovers(roadmap: Pick<Roadmap, "items" | "weeks">): string[] {
  const apart = new Set(roadmap.items.filter((i) => i.kind === "credential" && i.duration).map((i) => i.id));
  const scheduled = roadmap.weeks.flatMap((w) => w.parts).filter((p) => !apart.has(p.itemId));
  return [...new Set(scheduled.map((p) => p.skill))].slice(0, 5);
}
