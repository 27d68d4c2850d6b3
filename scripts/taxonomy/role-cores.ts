/**
 * Reads the curated core asks (scripts/taxonomy/curated/role-cores*.ts) into the project's
 * data file shape (data/roles/cores.ts): every skill name resolved to a taxonomy id, every
 * title to the occupation the role finder picks for it, and each ask's O*NET basis — which of
 * its tools the occupation's O*NET technology list names, with the Hot Technology / In Demand
 * flags. A name the taxonomy does not know or a title no occupation matches fails the build.
 */
import type { CoreAsk, RoleCore } from "../../data/roles/cores.ts";
import { titleWords } from "../../data/roles/title-words.ts";
import type { SkillGraph } from "../../tools/gap/skill-graph.ts";
import type { RoleFinder } from "../../tools/jobs/dream-role.ts";
import type { RoleCoreSource } from "./curated/role-cores.ts";

/** O*NET technology rows of one occupation, by taxonomy id: which flags it carries. */
export type OnetFlags = Map<string, Map<string, { hot: boolean; inDemand: boolean }>>;

/** O*NET Technology Skills rows -> occupation code -> taxonomy id -> flags. */
export function onetFlags(rows: Record<string, string>[], graph: SkillGraph): OnetFlags {
  const out: OnetFlags = new Map();
  for (const r of rows) {
    const skill = graph.lookup(r.Example ?? "");
    if (!skill) continue;
    const code = r["O*NET-SOC Code"]!;
    const byId = out.get(code) ?? new Map();
    const prev = byId.get(skill.id);
    byId.set(skill.id, {
      hot: (prev?.hot ?? false) || r["Hot Technology"] === "Y",
      inDemand: (prev?.inDemand ?? false) || r["In Demand"] === "Y",
    });
    out.set(code, byId);
  }
  return out;
}

function resolve(graph: SkillGraph, name: string, where: string): string {
  const term = name.trim();
  const skill = graph.get(term) ?? graph.lookup(term);
  if (!skill) throw new Error(`role cores: "${term}" (${where}) is not a taxonomy skill`);
  return skill.id;
}

/** "BI tool = business-intelligence: tableau | power-bi" / "python | r" / "sql" -> an ask. */
export function parseAsk(text: string, graph: SkillGraph, where: string): Omit<CoreAsk, "kind" | "onet"> {
  const kind = /^([^=]+)=([^:]+):(.+)$/.exec(text);
  if (kind) {
    const tools = kind[3]!.split("|").map((t) => resolve(graph, t, where));
    return {
      skillId: resolve(graph, kind[2]!, where),
      toolKind: kind[1]!.trim(),
      alternatives: tools,
      tools,
    };
  }
  const [first, ...rest] = text.split("|").map((t) => resolve(graph, t, where));
  return { skillId: first!, alternatives: rest };
}

/** The O*NET tools of the occupation an ask covers, named with their flags ("SQL (hot, in demand)"). */
function basis(
  ask: Omit<CoreAsk, "kind" | "onet">,
  flags: OnetFlags,
  code: string,
  graph: SkillGraph,
): string[] {
  const listed = flags.get(code);
  if (!listed) return [];
  const out: string[] = [];
  for (const id of [ask.skillId, ...ask.alternatives]) {
    const f = listed.get(id);
    if (!f) continue;
    const marks = [f.hot ? "hot" : "", f.inDemand ? "in demand" : ""].filter(Boolean);
    out.push(`${graph.get(id)!.name}${marks.length ? ` (${marks.join(", ")})` : ""}`);
  }
  return out;
}

/** Key of a said title: its title words ("Sr. Data Analysts" and "data analyst" share one). */
export const coreKey = (title: string): string => titleWords(title).join(" ");

export function buildRoleCores(
  sources: readonly RoleCoreSource[],
  graph: SkillGraph,
  findRole: RoleFinder,
  flags: OnetFlags,
): Record<string, RoleCore> {
  const out: Record<string, RoleCore> = {};
  for (const source of sources) {
    for (const title of source.titles) {
      const match = findRole(title);
      if (!match) throw new Error(`role cores: no occupation matches the title "${title}"`);
      const code = match.role.code;
      const asks: CoreAsk[] = [];
      for (const [kind, list] of [
        ["required", source.required],
        ["preferred", source.preferred],
      ] as const)
        for (const text of list) {
          const ask = parseAsk(text, graph, title);
          // One skill is asked once: the first listing (required before preferred) wins.
          if (asks.some((a) => a.skillId === ask.skillId && !ask.toolKind && !a.toolKind)) continue;
          asks.push({ ...ask, kind, onet: basis(ask, flags, code, graph) });
        }
      // A kind whose own node is asked as a skill too (the "UI design" knowledge beside "a design
      // tool such as Figma") is asked by its tools, so the two stay two asks.
      const single = new Set(asks.filter((a) => !a.toolKind).map((a) => a.skillId));
      for (const a of asks)
        if (a.toolKind && single.has(a.skillId)) {
          const [first, ...rest] = a.alternatives;
          a.skillId = first!;
          a.alternatives = rest;
        }
      const key = coreKey(title);
      if (out[key]) throw new Error(`role cores: the title "${title}" is listed twice`);
      out[key] = { title, occupation: code, asks };
    }
  }
  return out;
}
