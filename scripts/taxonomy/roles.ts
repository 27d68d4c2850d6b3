/**
 * O*NET occupations -> role profiles (data/roles/roles.json): the titles people use, the
 * technologies the occupation uses as taxonomy ids (core = the field's own tools, see
 * tool-concentration.ts, flagged In Demand or Hot; common = the rest), the same technologies
 * by kind (tool-kinds.ts: what a described role asks), and the job zone's education/experience.
 */
import { titleWords } from "../../data/roles/title-words.ts";
import type { CompiledRoles, EducationLevel, RoleProfile, RoleTitle } from "../../data/roles/types.ts";
import { commodityLift, FIELD_TOOL_LIFT, siblingListing, toolCentrality } from "./tool-concentration.ts";
import { type KindInputs, toolKindsBuilder } from "./tool-kinds.ts";

export interface RoleInputs {
  occupations: Record<string, string>[];
  technology: Record<string, string>[];
  alternateTitles: Record<string, string>[];
  reportedTitles: Record<string, string>[];
  jobZones: Record<string, string>[];
  jobZoneReference: Record<string, string>[];
  exampleToSkill: Map<string, string>;
  /** The taxonomy, for a kind of tool's own node ("CRM software" -> crm); without it kinds have none. */
  taxonomy?: KindInputs["taxonomy"];
}

const MIN_CORE = 3;
const MAX_CORE = 15;
const MAX_COMMON = 40;
/** A minor group this small says little about which tools its occupations share. */
const MIN_GROUP_FOR_SIBLINGS = 3;
/**
 * In a large minor group, one or two siblings listing a tool can be a neighbouring speciality's
 * tool: O*NET lists Henry Schein Dentrix (dental software) for Registered Nurses, and only 3 of
 * the 55 other health practitioners (dentists, hygienists) list it, while Epic or
 * eClinicalWorks are listed by 20 or more. A field's tool is listed by this share of the siblings.
 */
const MIN_SIBLING_SHARE = 0.1;

/** O*NET says what a zone needs in words; these are the matching ordinals the gap analysis can compare. */
const ZONE_LEVELS: Record<
  number,
  { educationLevel: EducationLevel; experienceYears: { min: number; max: number } }
> = {
  1: { educationLevel: "none", experienceYears: { min: 0, max: 0 } },
  2: { educationLevel: "secondary", experienceYears: { min: 0, max: 1 } },
  3: { educationLevel: "associate", experienceYears: { min: 1, max: 2 } },
  4: { educationLevel: "bachelor", experienceYears: { min: 2, max: 4 } },
  5: { educationLevel: "master", experienceYears: { min: 5, max: 10 } },
};

/** "Registered Nurse (RN)" -> ["Registered Nurse", "RN"]. */
export function titleVariants(title: string, short?: string): string[] {
  const out = new Set<string>();
  const m = /^(.*?)\s*\(([^)]+)\)\s*(.*)$/.exec(title);
  if (m) {
    out.add(`${m[1]} ${m[3]}`.trim());
    if (m[2].length <= 40) out.add(m[2].trim());
  } else out.add(title.trim());
  if (short && short !== "n/a") out.add(short.trim());
  return [...out].filter((t) => t.length > 1);
}

export function buildRoles(input: RoleInputs): CompiledRoles {
  const zoneOf = new Map(input.jobZones.map((z) => [z["O*NET-SOC Code"], Number(z["Job Zone"])]));
  const titles = new Map<string, Map<string, number>>();
  const addTitle = (code: string, t: string, weight: number) => {
    if (!titles.has(code)) titles.set(code, new Map());
    const m = titles.get(code)!;
    m.set(t, Math.max(m.get(t) ?? 0, weight));
  };
  for (const r of input.alternateTitles) {
    // More O*NET sources naming a title = a more typical title for that occupation.
    const sources = r["Source(s)"].split(",").filter(Boolean).length;
    for (const t of titleVariants(r["Alternate Title"], r["Short Title"])) {
      addTitle(r["O*NET-SOC Code"], t, Math.min(1, 0.4 + 0.1 * sources));
    }
  }
  for (const r of input.reportedTitles) {
    for (const t of titleVariants(r["Reported Job Title"])) {
      addTitle(r["O*NET-SOC Code"], t, r["Shown in My Next Move"] === "Y" ? 0.95 : 0.8);
    }
  }

  type Tech = {
    id: string;
    hot: boolean;
    inDemand: boolean;
    field: boolean;
    /** The field's kind of tool that too few of its siblings list: a neighbouring speciality's. */
    neighbour: boolean;
    centrality: number;
  };
  const techByCode = new Map<string, Tech[]>();
  const lift = commodityLift(input.technology);
  const listing = siblingListing(input.technology);
  const occupationCount = new Set(input.technology.map((r) => r["O*NET-SOC Code"])).size;
  for (const r of input.technology) {
    const id = input.exampleToSkill.get(r.Example);
    if (!id) continue;
    const list = techByCode.get(r["O*NET-SOC Code"]) ?? [];
    const prev = list.find((x) => x.id === id);
    const hot = r["Hot Technology"] === "Y";
    const inDemand = r["In Demand"] === "Y";
    // The field's own tool: its class is concentrated in the occupation's major group and, in
    // a minor group with other occupations, enough of them list the same tool (MIN_SIBLING_SHARE).
    const listed = listing(r["O*NET-SOC Code"], r.Example);
    const { siblings, groupSize } = listed;
    const centrality = toolCentrality(listed, occupationCount);
    const fieldClass = lift(r["O*NET-SOC Code"], r["Commodity Title"]) >= FIELD_TOOL_LIFT;
    // A tool the occupation's own postings name (In Demand) is its own even when no sibling
    // lists it: TechSmith Camtasia for instructional designers was dropped as a neighbour's.
    const shared =
      inDemand ||
      groupSize < MIN_GROUP_FOR_SIBLINGS ||
      siblings >= Math.max(1, Math.ceil(MIN_SIBLING_SHARE * (groupSize - 1)));
    const field = fieldClass && shared;
    const neighbour = fieldClass && !shared;
    if (prev) {
      prev.hot ||= hot;
      prev.inDemand ||= inDemand;
      prev.field ||= field;
      prev.neighbour = !prev.field && (prev.neighbour || neighbour);
      prev.centrality = Math.max(prev.centrality, centrality);
    } else list.push({ id, hot, inDemand, field, neighbour, centrality });
    techByCode.set(r["O*NET-SOC Code"], list);
  }

  const kindsOf = toolKindsBuilder({
    technology: input.technology,
    descriptions: new Map(input.occupations.map((o) => [o["O*NET-SOC Code"], o.Description ?? ""])),
    titles: new Map(input.occupations.map((o) => [o["O*NET-SOC Code"], o.Title])),
    exampleToSkill: input.exampleToSkill,
    taxonomy: input.taxonomy ?? { ownerOf: () => undefined, get: () => undefined },
  });
  const roles: RoleProfile[] = input.occupations.map((o) => {
    const code = o["O*NET-SOC Code"];
    addTitle(code, o.Title, 1);
    const tech = techByCode.get(code) ?? [];
    const rank = (x: Tech) =>
      (x.field && (x.inDemand || x.hot) ? 4 : 0) + (x.inDemand ? 2 : 0) + (x.hot ? 1 : 0);
    const ordered = [...tech].sort((a, b) => rank(b) - rank(a));
    // Required: the field's own tools that postings ask for; a hot tool of another field
    // (Apache Spark, Kronos for a nurse) is at most a nice-to-have.
    let core = ordered.filter((x) => x.field && x.inDemand);
    if (core.length < MIN_CORE) core = ordered.filter((x) => x.field && (x.inDemand || x.hot));
    if (core.length < MIN_CORE) core = ordered.filter((x) => x.field).slice(0, MIN_CORE);
    core = core.slice(0, MAX_CORE);
    const coreIds = new Set(core.map((x) => x.id));
    const roleTitles: RoleTitle[] = [...(titles.get(code) ?? new Map()).entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(
        ([title, weight]): RoleTitle => [title, Math.round(weight * 100) / 100, titleWords(title).join(" ")],
      )
      .filter((t) => t[2].length > 0);
    const zone = zoneOf.get(code) ?? null;
    return {
      code,
      title: o.Title,
      jobZone: zone,
      coreSkills: core.map((x) => x.id),
      coreCentrality: core.map((x) => x.centrality),
      // A neighbouring speciality's tool (Dentrix for a nurse) goes last, after other fields'
      // widespread tools, so a dream role's few nice-to-haves are not another speciality's.
      commonSkills: [...ordered.filter((x) => !x.neighbour), ...ordered.filter((x) => x.neighbour)]
        .filter((x) => !coreIds.has(x.id))
        .slice(0, MAX_COMMON)
        .map((x) => x.id),
      toolKinds: kindsOf(
        code,
        ordered.filter((x) => !x.neighbour).map((x) => x.id),
      ),
      titles: roleTitles,
    };
  });

  const zones: CompiledRoles["zones"] = {};
  for (const z of input.jobZoneReference) {
    const n = Number(z["Job Zone"]);
    zones[n] = { name: z.Name, education: z.Education, experience: z.Experience, ...ZONE_LEVELS[n] };
  }
  return { version: 1, builtFrom: ["O*NET 29.2"], zones, roles };
}
