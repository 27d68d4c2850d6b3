/**
 * Everyone's office tools, listed by a person whose work uses them (issue 13, item 3; trial F3.3,
 * F6.1, F14.4): an office manager of eight years who lists "Microsoft Word, Excel" had them read
 * as listed-only beginner skills (a listing counts 75%, and nothing for the verdict), so a
 * described role's Office asks stayed gaps beside years of the work. The tools every occupation
 * lists — the O*NET kinds the role data marks widespread for at least EVERYONES_KIND_SHARE of occupations (spreadsheets, office
 * suites, e-mail, word processing, presentations, a browser; data/roles/roles.json) — are not
 * named in bullets; a listed one counts as used in a dated role whose occupation (its title read
 * by O*NET's titles word for word, or by the occupation reader) has that kind among its tools,
 * for that role's years. Only these kinds: a listed specialist tool still needs work behind it,
 * so keyword stuffing gains nothing here that an office worker's resume would not say anyway.
 */
import type { ProfileSnapshot, UserSkill } from "../../contract/profile.ts";
import { getRoles } from "../../data/roles/index.ts";
import { kindsOfTool } from "../../data/roles/kind-members.ts";
import { roleInterval } from "../experience/roles.ts";
import { shippedOccupationReader } from "../jobs/occupation-reader.ts";
import { inferProficiency } from "../skills/proficiency.ts";
import { backedByWork } from "./match.ts";
import type { SkillGraph } from "./skill-graph.ts";
import { occupationCodesOf } from "./title-kinship.ts";

/** A kind this share of occupations has among its tools is everyone's (6 kinds: 10-70%; the next is 7%). */
export const EVERYONES_KIND_SHARE = 0.1;
/** A held title read by meaning names its occupation at or above this centroid cosine. */
const READ_AT = 0.6;

let everyones: ReadonlySet<string> | undefined;

/** The kinds of tool at least EVERYONES_KIND_SHARE of O*NET occupations list. */
export function everyonesKinds(): ReadonlySet<string> {
  if (everyones) return everyones;
  const roles = getRoles().roles;
  const count = new Map<string, number>();
  // Counted where the role data marks the kind widespread (every tool of it listed by many
  // occupations): counting every listing let "Data base user interface and query software" (SQL)
  // in at 10%, and a programmer's listed SQL read as ten years of office work.
  for (const r of roles)
    for (const k of new Set((r.toolKinds ?? []).filter((k) => k.widespread).map((k) => k.name)))
      count.set(k, (count.get(k) ?? 0) + 1);
  everyones = new Set([...count].filter(([, n]) => n >= EVERYONES_KIND_SHARE * roles.length).map(([k]) => k));
  return everyones;
}

function occupationsOf(title: string): string[] {
  const read = shippedOccupationReader()?.fromTitle(title);
  return [...new Set([...occupationCodesOf(title), ...(read && read.score >= READ_AT ? [read.code] : [])])];
}

/**
 * The profile's skills with each listed-only office tool backed by the dated roles whose
 * occupations use its kind: their years, the level those years imply, and the role quoted.
 */
export function officeToolsInWork(
  graph: SkillGraph,
  profile: ProfileSnapshot,
  skills: UserSkill[],
  now: number | undefined,
): UserSkill[] {
  const kinds = everyonesKinds();
  const roles = getRoles();
  return skills.map((s) => {
    if (backedByWork(s)) return s;
    // Word is in the Office suite too (its taxonomy parent): a role that uses the suite uses it.
    const own = [s.skillId, ...(graph.get(s.skillId)?.parents ?? [])]
      .flatMap((id) => kindsOfTool(id))
      .filter((k) => kinds.has(k));
    if (own.length === 0) return s;
    let months = 0;
    const quotes: string[] = [];
    for (const e of profile.experience) {
      const span = e.title ? roleInterval(e, now) : undefined;
      if (!span || !e.title) continue;
      const uses = occupationsOf(e.title).some((c) =>
        roles.get(c)?.toolKinds?.some((k) => own.includes(k.name)),
      );
      if (!uses) continue;
      months += span[1] - span[0];
      quotes.push([e.title, e.company].filter(Boolean).join(", "));
    }
    if (months === 0) return s;
    // In one order whatever order the resume lists its roles in.
    quotes.sort();
    const years = Math.round((months / 12) * 10) / 10;
    // Using a tool in years of office work is working proficiency, not mastery: at most advanced.
    const inferred = inferProficiency({ years, validated: true }).level;
    const level = s.proficiencyStated ? s.proficiency : inferred === "expert" ? "advanced" : inferred;
    return {
      ...s,
      proficiency: level,
      years,
      evidence: quotes.slice(0, 2).map((q) => `used in office work as ${q}`),
      proficiencyReason: `${years} year(s) of office work that uses it (${quotes[0]})`,
    };
  });
}
