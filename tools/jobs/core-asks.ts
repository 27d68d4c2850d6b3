/**
 * A described role's core asks (data/roles/role-cores.json): when the person names a common
 * title ("data analyst"), the role asks what that field's hiring managers check first — SQL,
 * a spreadsheet, a BI tool, statistics — instead of every technology O*NET's postings for the
 * occupation name (Azure, SAP for Business Intelligence Analysts), so a roadmap no longer
 * spends weeks on them.
 */
import type { CoreAsk, RoleCore, RoleCores } from "../../data/roles/cores.ts";
import { titleWords } from "../../data/roles/title-words.ts";
import type { SkillGraph } from "../gap/skill-graph.ts";
import type { SkillRequirement } from "./types.ts";

/** Tools named as examples in a kind ask's name. */
const KIND_EXAMPLES = 2;

/**
 * The core of the title the person said (their own words first, then the title the finder
 * matched), for the occupation it matched: a core curated for another occupation never applies.
 */
export function findCore(
  cores: RoleCores | undefined,
  code: string,
  ...titles: (string | undefined)[]
): RoleCore | undefined {
  for (const title of titles) {
    if (!title) continue;
    const core = cores?.cores[titleWords(title).join(" ")];
    if (core && core.occupation === code) return core;
  }
  return undefined;
}

function coreRequirement(
  graph: SkillGraph,
  ask: CoreAsk,
  order: number,
  roleTitle: string,
): SkillRequirement | undefined {
  const skill = graph.get(ask.skillId);
  if (!skill) return undefined;
  const tools = ask.alternatives.filter((id) => graph.get(id));
  const nameOf = (id: string) => graph.get(id)?.name;
  const name = ask.toolKind
    ? `${ask.toolKind} (such as ${(ask.tools ?? tools).slice(0, KIND_EXAMPLES).map(nameOf).filter(Boolean).join(", ")})`
    : [skill.name, ...tools.map(nameOf)].join(" or ");
  const basis = ask.onet.length > 0 ? `; O*NET lists ${ask.onet.join(", ")}` : "";
  return {
    skillId: ask.skillId,
    name,
    type: skill.type,
    category: skill.category,
    kind: ask.kind,
    critical: false,
    level: ask.kind === "required" ? "intermediate" : "beginner",
    alternatives: tools,
    ...(ask.toolKind ? { toolKind: ask.toolKind } : {}),
    evidence: `${ask.kind === "required" ? "core" : "common"} ask for ${roleTitle}${basis}`,
    // Gaps of equal severity in the order the core lists them (the field's first check first),
    // and every core ask before O*NET's extras (centrality 0).
    centrality: Math.max(0.1, (ask.kind === "required" ? 3 : 1.5) - order * 0.1),
  };
}

/**
 * The core asks. O*NET's other technologies for the occupation are not asked at all: they are
 * what its postings name anywhere (Java and Git for interface designers, Hadoop for data
 * scientists), and the core's own nice-to-haves already say what the field values next.
 */
export function coreRequirements(graph: SkillGraph, core: RoleCore, roleTitle: string): SkillRequirement[] {
  return core.asks
    .map((a, i) => coreRequirement(graph, a, i, roleTitle))
    .filter((s): s is SkillRequirement => s !== undefined);
}
