/**
 * The things to learn: one item per skill gap, plus the prerequisites the person lacks
 * (Python before pandas, JavaScript before React, Linux before Kubernetes) from the
 * catalog's prerequisite list and the taxonomy's concrete parents. Effort comes from the
 * catalog by proficiency step.
 */

import { PROFICIENCY_ORDER, type Proficiency, type ProfileSnapshot } from "../../contract/profile.ts";
import { skillBuiltOn } from "../../data/learning/built-on.ts";
import type { LearningCatalog } from "../../data/learning/types.ts";
import { suitedResources } from "../gap/resource-fit.ts";
import type { SkillGraph } from "../gap/skill-graph.ts";
import type { Analysis } from "../gap/types.ts";
import { credentialItems } from "./credentials.ts";
import { checkpointFor, practiceTask } from "./practice.ts";
import type { RoadmapItem } from "./types.ts";

const MAX_PREREQ_DEPTH = 3;

/**
 * The person's level in a skill. A kind of tool (a "tool" with tools under it: CRM, ERP,
 * Microsoft Office) is held through any of its tools: Salesforce is a CRM, so CRM is not
 * something to learn first. A language is not held through its tools (Eclipse is no Java).
 */
function heldLevel(profile: ProfileSnapshot, skillId: string, graph: SkillGraph): Proficiency | undefined {
  const kind = graph.get(skillId)?.category === "tool";
  let best: Proficiency | undefined;
  for (const s of profile.skills) {
    if (s.skillId !== skillId && !(kind && graph.get(s.skillId)?.parents.includes(skillId))) continue;
    if (!best || PROFICIENCY_ORDER.indexOf(s.proficiency) > PROFICIENCY_ORDER.indexOf(best))
      best = s.proficiency;
  }
  return best;
}

function prerequisitesOf(graph: SkillGraph, catalog: LearningCatalog, skillId: string): string[] {
  return skillBuiltOn(graph, (id) => catalog.prerequisites(id), skillId);
}

function makeItem(
  graph: SkillGraph,
  catalog: LearningCatalog,
  skillId: string,
  kind: RoadmapItem["kind"],
  from: Proficiency | undefined,
  target: Proficiency,
  extra: Pick<RoadmapItem, "critical"> & Partial<Pick<RoadmapItem, "severity">>,
  inPlay: ReadonlySet<string>,
  label?: string,
): RoadmapItem {
  const skill = graph.get(skillId);
  const name = skill?.name ?? label ?? skillId;
  const entry = catalog.entry(skillId);
  const start =
    from && PROFICIENCY_ORDER.indexOf(from) < PROFICIENCY_ORDER.indexOf(target) ? from : undefined;
  return {
    id: `${skillId}@${target}`,
    skillId,
    skill: name,
    kind,
    ...(extra.severity ? { severity: extra.severity } : {}),
    critical: extra.critical,
    ...(start ? { fromLevel: start } : {}),
    targetLevel: target,
    hours: Math.max(1, catalog.effortHours(skillId, start, target, skill?.category)),
    after: [],
    resources: suitedResources(
      (entry?.resources ?? []).filter((r) => r.free),
      skillId,
      graph,
      new Set([...inPlay, ...prerequisitesOf(graph, catalog, skillId)]),
    )
      .slice(0, 3)
      .map((r) => ({ title: r.title, url: r.url, kind: r.kind, hours: r.hours })),
    practice: practiceTask(skillId, name, skill?.category, entry?.practice, skill?.parents),
    checkpoint: checkpointFor(name, target),
    done: false,
  };
}

/**
 * What the person's working skills are built on: someone who works in Angular at intermediate
 * level or above has its foundations (TypeScript, then JavaScript, HTML, CSS) whether or not
 * the resume names them, so a plan never sends them back to a JavaScript course.
 */
function foundationsHeld(profile: ProfileSnapshot, graph: SkillGraph, catalog: LearningCatalog): Set<string> {
  const working = profile.skills.filter(
    (s) => PROFICIENCY_ORDER.indexOf(s.proficiency) >= PROFICIENCY_ORDER.indexOf("intermediate"),
  );
  const out = new Set<string>();
  const visit = (id: string, depth: number) => {
    if (depth >= MAX_PREREQ_DEPTH) return;
    for (const pre of prerequisitesOf(graph, catalog, id)) {
      if (out.has(pre)) continue;
      out.add(pre);
      visit(pre, depth + 1);
    }
  };
  for (const s of working) visit(s.skillId, 0);
  return out;
}

/**
 * The level a plan takes a gap to: what the job asks, but a nice-to-have at most to working
 * (intermediate) level. "Expert SQL" as a nice-to-have of a marketing role was 160 h of SQL in
 * a plan at 2 h a week (a new user's trial, issue 12); the ad does not require it.
 */
function plannedLevel(gap: Analysis["gaps"][number]): Proficiency {
  const asked = gap.targetLevel ?? "intermediate";
  if (gap.kind === "required") return asked;
  return PROFICIENCY_ORDER.indexOf(asked) > PROFICIENCY_ORDER.indexOf("intermediate")
    ? "intermediate"
    : asked;
}

/** Items in gap-priority order, prerequisites attached through `after`. */
export function buildItems(
  analysis: Analysis,
  profile: ProfileSnapshot,
  graph: SkillGraph,
  catalog: LearningCatalog,
): RoadmapItem[] {
  const items = new Map<string, RoadmapItem>();
  const bySkill = new Map<string, RoadmapItem>();
  // An ask the person already meets is no work to plan, whatever else the gap says.
  const met = (g: (typeof analysis.gaps)[number]) =>
    !!g.currentLevel &&
    PROFICIENCY_ORDER.indexOf(g.currentLevel) >= PROFICIENCY_ORDER.indexOf(plannedLevel(g));
  const gaps = analysis.gaps
    .filter((g) => g.type === "skill" && g.skillId && !met(g))
    .sort((a, b) => a.priority - b.priority);
  // What the job asks and the person holds: a resource taught through anything else gives way.
  const inPlay = new Set([
    ...analysis.gaps.flatMap((g) => (g.skillId ? [g.skillId] : [])),
    ...profile.skills.map((s) => s.skillId),
  ]);

  for (const gap of gaps) {
    const target = plannedLevel(gap);
    const item = makeItem(
      graph,
      catalog,
      gap.skillId!,
      "gap",
      gap.currentLevel,
      target,
      {
        critical: gap.severity === "critical",
        severity: gap.severity,
      },
      inPlay,
      gap.skill,
    );
    if (bySkill.has(item.skillId)) continue;
    items.set(item.id, item);
    bySkill.set(item.skillId, item);
  }

  const foundations = foundationsHeld(profile, graph, catalog);
  const attach = (item: RoadmapItem, depth: number) => {
    if (depth >= MAX_PREREQ_DEPTH) return;
    for (const pre of prerequisitesOf(graph, catalog, item.skillId)) {
      if (foundations.has(pre)) continue;
      const held = heldLevel(profile, pre, graph);
      if (held && held !== "beginner") continue;
      let preItem = bySkill.get(pre);
      if (!preItem) {
        if (!graph.get(pre)) continue;
        const level: Proficiency =
          graph.get(pre)?.category === "programming_language" ? "intermediate" : "beginner";
        if (held && PROFICIENCY_ORDER.indexOf(held) >= PROFICIENCY_ORDER.indexOf(level)) continue;
        preItem = makeItem(
          graph,
          catalog,
          pre,
          "prerequisite",
          held,
          level,
          { critical: item.critical },
          inPlay,
        );
        items.set(preItem.id, preItem);
        bySkill.set(pre, preItem);
        attach(preItem, depth + 1);
      }
      // A prerequisite of a must-have is as urgent as the must-have.
      preItem.critical ||= item.critical;
      if (!item.after.includes(preItem.id) && !dependsOn(items, preItem, item.id))
        item.after.push(preItem.id);
    }
    item.after.sort();
  };
  for (const item of [...items.values()]) attach(item, 0);
  // The degree and licences first: the tools do not open the door without them.
  return [
    ...credentialItems(
      analysis.gaps,
      analysis.scoreDetails?.education?.score ?? null,
      analysis.scoreDetails?.experience?.score ?? null,
    ),
    ...items.values(),
  ];
}

/** Whether `item` (transitively) comes after `target`: guards against prerequisite cycles. */
function dependsOn(
  items: Map<string, RoadmapItem>,
  item: RoadmapItem,
  target: string,
  seen = new Set<string>(),
): boolean {
  if (item.id === target) return true;
  if (seen.has(item.id)) return false;
  seen.add(item.id);
  return item.after.some((id) => {
    const next = items.get(id);
    return next ? dependsOn(items, next, target, seen) : false;
  });
}
