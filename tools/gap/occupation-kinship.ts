/**
 * Whether a role the person held is the job's kind of work, read through O*NET occupations
 * and their SOC family rather than shared words or a skill used on the side: an
 * environmental engineer's research post that wrote a C# script evidences C#, but its
 * occupation (SOC 17 engineering, 19 science technicians) is not a software developer's
 * (15 computer and mathematical occupations), so its years are not a software career's (issue 13: 5.2
 * "relevant" years toward "5+ years of software development").
 *
 * Both sides are placed in occupations only when the data says so plainly:
 *   - a title: the O*NET occupations listing it word for word, else the curated common title
 *     the role finder reads in it ("Freelance Software Developer" -> software developer), else
 *     the listed title one word away by a swap ESCO and O*NET titles make (swapped-title.ts);
 *   - a job with no such title: the occupations whose O*NET technologies hold the most of the
 *     job's required technologies (at least MIN_TOOLS of them and MIN_TOOL_SHARE).
 * When either side is unknown nothing changes: kinship is "unknown".
 */
import { getRoleExtras } from "../../data/roles/extras.ts";
import { getRoles } from "../../data/roles/index.ts";
import type { RoleProfile } from "../../data/roles/types.ts";
import type { RoleFinder } from "../jobs/dream-role.ts";
import { createRoleFinder } from "../jobs/role-finder.ts";
import type { JobPosting } from "../jobs/types.ts";
import { ancestorsOf, type SkillGraph } from "./skill-graph.ts";
import { swappedTitleCodes } from "./swapped-title.ts";
import { occupationCodesOf } from "./title-kinship.ts";

/** A job is placed by its technologies only when it asks at least this many of them ... */
const MIN_TOOLS = 3;
/** ... and the best occupations hold this share of them. */
const MIN_TOOL_SHARE = 0.5;

/**
 * SOC 2018 major group ("15" computer and mathematical, "17" architecture and engineering, "13"
 * business and financial operations). The minor group is too fine: a finance analyst (13-2) is
 * kin to a business analyst (13-1), a data analyst (15-2) to a software developer (15-1).
 */
export const socFamily = (code: string) => code.slice(0, 2);

/** A held title is the job's kind of work when at least this share of its occupations are in the job's families. */
const KIN_SHARE = 0.5;

let finder: RoleFinder | undefined;
const findRole = (title: string) => {
  const roles = getRoles();
  finder ??= createRoleFinder(
    { version: 1, builtFrom: [], roles: roles.roles, zones: roles.zones },
    getRoleExtras(),
  );
  return finder(title, { loose: false });
};

const codeCache = new Map<string, string[]>();

/** The occupations a title names plainly (see the file comment), [] when it names none. */
export function occupationsOfTitle(title: string | undefined): string[] {
  if (!title?.trim()) return [];
  const known = codeCache.get(title);
  if (known) return known;
  let codes = occupationCodesOf(title);
  if (codes.length === 0) {
    // Only a curated common title ("software developer" in "Freelance Software Developer"):
    // O*NET's own titles in another order or grade place generic ones in one trade ("Member
    // Technical Staff", a software title at many firms, read as Chemical Technicians' "Technical
    // Staff Member").
    const match = findRole(title);
    if (match?.curated) codes = [match.role.code];
  }
  // A title O*NET does not list, one word from one it does ("Warehouse Lead": swapped-title.ts).
  if (codes.length === 0) codes = swappedTitleCodes(title);
  if (codeCache.size > 5000) codeCache.clear();
  codeCache.set(title, codes);
  return codes;
}

let toolSets: { code: string; tools: Set<string> }[] | undefined;
const toolsOf = (role: RoleProfile) =>
  new Set([...role.coreSkills, ...role.commonSkills, ...(role.toolKinds ?? []).flatMap((k) => k.tools)]);

/** The occupations whose technologies hold the most of the job's required ones, [] when too few say. */
function occupationsByTools(graph: SkillGraph, job: JobPosting): string[] {
  const asked = [
    ...new Set(
      job.skills
        .filter((s) => s.kind === "required" && s.type === "technical" && s.category !== "spoken_language")
        .map((s) => s.skillId),
    ),
  ];
  if (asked.length < MIN_TOOLS) return [];
  toolSets ??= getRoles().roles.map((r) => ({ code: r.code, tools: toolsOf(r) }));
  let best = 0;
  let codes: string[] = [];
  for (const { code, tools } of toolSets) {
    // An occupation listing a broader skill of the asked one holds it too (SQL for PostgreSQL).
    const n = asked.filter(
      (id) => tools.has(id) || [...ancestorsOf(graph, id)].some((a) => tools.has(a)),
    ).length;
    if (n > best) {
      best = n;
      codes = [code];
    } else if (n === best && n > 0) codes.push(code);
  }
  return best >= MIN_TOOLS && best / asked.length >= MIN_TOOL_SHARE ? codes : [];
}

/**
 * The job's occupations: its titles' (a role profile's other titles too) and its
 * technologies', together — an ad's title alone can land in the wrong field (O*NET files
 * "Full Stack Engineer" under Engineers, All Other), and a held role kin to either counts.
 */
export function jobOccupations(graph: SkillGraph, job: JobPosting): string[] {
  const byTitle = [job.title, ...(job.alsoCalled ?? [])].flatMap((t) => occupationsOfTitle(t ?? undefined));
  return [...new Set([...byTitle, ...occupationsByTools(graph, job)])];
}

/**
 * "kin" when at least KIN_SHARE of the held title's occupations are in the SOC family of one of
 * the job's ("Research Assistant" is a title of 7 occupations, one of them computer and
 * mathematical: not a software career), "foreign" when both are known and fewer are, "unknown"
 * otherwise.
 */
export function occupationKinship(
  heldTitle: string | undefined,
  jobCodes: readonly string[],
): "kin" | "foreign" | "unknown" {
  const held = occupationsOfTitle(heldTitle);
  if (held.length === 0 || jobCodes.length === 0) return "unknown";
  const families = new Set(jobCodes.map(socFamily));
  const inFamily = held.filter((c) => families.has(socFamily(c))).length;
  return inFamily / held.length >= KIN_SHARE ? "kin" : "foreign";
}
