/**
 * A described role's tools and skills as requirements, from its O*NET profile: one per kind of
 * tool ("CRM software (such as Salesforce, …)"), or one per tool for an older roles.json; the
 * widespread ones (spreadsheets, e-mail) at most a few nice-to-haves. Split out of dream-role.ts,
 * which builds the whole posting from a description.
 */
import type { RoleProfile, ToolKind } from "../../data/roles/types.ts";
import type { SkillGraph } from "../gap/skill-graph.ts";
import type { SkillRequirement } from "./types.ts";

const CORE_LIMIT = 12;
const COMMON_LIMIT = 8;
/** Widespread technologies (Excel, Outlook) kept as nice-to-haves: at most this many. */
const GENERIC_LIMIT = 3;
/** Tools named as examples of a kind of tool in its label. */
const KIND_EXAMPLES = 2;

function requirement(
  graph: SkillGraph,
  id: string,
  kind: "required" | "preferred",
  roleTitle: string,
  centrality?: number,
): SkillRequirement | undefined {
  const skill = graph.get(id);
  if (!skill) return undefined;
  return {
    skillId: id,
    name: skill.name,
    type: skill.type,
    category: skill.category,
    kind,
    critical: false,
    level: kind === "required" ? "intermediate" : "beginner",
    alternatives: [],
    evidence: `typical ${kind === "required" ? "core" : "common"} skill for ${roleTitle} (O*NET)`,
    ...(centrality !== undefined ? { centrality } : {}),
  };
}

/** A profile without kinds of tool (an older roles.json): one requirement per tool. */
export function toolRequirements(
  graph: SkillGraph,
  role: RoleProfile,
  generic: ReadonlySet<string>,
  title: string,
): (SkillRequirement | undefined)[] {
  const specific = (ids: string[]) => ids.filter((id) => !generic.has(id));
  const centrality = new Map(role.coreSkills.map((id, i) => [id, role.coreCentrality?.[i]] as const));
  const widespread = [...role.coreSkills, ...role.commonSkills].filter((id) => generic.has(id));
  return [
    ...specific(role.coreSkills)
      .slice(0, CORE_LIMIT)
      .map((id) => requirement(graph, id, "required", title, centrality.get(id))),
    ...specific(role.commonSkills)
      .slice(0, COMMON_LIMIT)
      .map((id) => requirement(graph, id, "preferred", title)),
    ...widespread.slice(0, GENERIC_LIMIT).map((id) => requirement(graph, id, "preferred", title)),
  ];
}

/**
 * One requirement per kind of tool (data/roles `toolKinds`): "CRM software (such as
 * Salesforce, Blackbaud The Raiser's Edge)" is met by any CRM the person has, so a sales
 * manager is asked for a CRM, not for Salesforce and Dynamics and Act! each. A kind of one
 * tool is that tool. Kinds whose tools are all widespread (spreadsheets, e-mail, a web
 * browser, Adobe Acrobat: see ToolKind.widespread) are at most
 * a few nice-to-haves.
 */
export function kindRequirements(
  graph: SkillGraph,
  kinds: ToolKind[],
  generic: ReadonlySet<string>,
  title: string,
): (SkillRequirement | undefined)[] {
  const known = kinds
    .map((k) => ({ ...k, tools: k.tools.filter((id) => graph.get(id)) }))
    .filter((k) => k.tools.length > 0);
  const widespread = (k: ToolKind) => k.widespread === true || k.tools.every((id) => generic.has(id));
  const ask = (k: ToolKind, kind: "required" | "preferred") => {
    // Nice-to-haves carry it too: among the low gaps the field's own kinds come first, and a
    // kind every field uses (SharePoint, Acrobat) last, so a roadmap cut drops it first.
    const centrality = widespread(k) ? 0 : k.centrality;
    const primary = k.skillId && graph.get(k.skillId) ? k.skillId : k.tools[0]!;
    if (k.tools.length === 1 && primary === k.tools[0])
      return requirement(graph, primary, kind, title, centrality);
    const base = requirement(graph, primary, kind, title, centrality);
    if (!base) return undefined;
    const examples = k.tools.slice(0, KIND_EXAMPLES).map((id) => graph.get(id)!.name);
    return {
      ...base,
      name: `${k.name} (such as ${examples.join(", ")})`,
      toolKind: k.name,
      alternatives: k.tools.filter((id) => id !== primary),
      evidence: `typical ${kind === "required" ? "core" : "common"} kind of tool for ${title} (O*NET): any ${k.name} (${k.tools
        .slice(0, KIND_EXAMPLES + 2)
        .map((id) => graph.get(id)!.name)
        .join(", ")})`,
    };
  };
  return [
    ...known
      .filter((k) => k.required && !widespread(k))
      .slice(0, CORE_LIMIT)
      .map((k) => ask(k, "required")),
    ...known
      .filter((k) => !k.required && !widespread(k))
      .slice(0, COMMON_LIMIT)
      .map((k) => ask(k, "preferred")),
    ...known
      .filter(widespread)
      .slice(0, GENERIC_LIMIT)
      .map((k) => ask(k, "preferred")),
  ];
}
