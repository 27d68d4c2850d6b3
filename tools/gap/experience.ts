/**
 * Years of experience the analysis can stand behind: per requirement, only from the roles
 * where that skill is evidenced (named in the role, or a more specific skill of it is), from
 * years the person stated for it ("3 years of Spark" in chat, "Java developer with 5 years of
 * experience" in the summary), never from the whole career for every listed skill. A skill
 * that is only listed adds no years.
 */
import {
  type ExperienceEntry,
  PROFICIENCY_ORDER,
  type ProfileSnapshot,
  type UserSkill,
} from "../../contract/profile.ts";
import { countYears, describeRole, monthOf, type YearsCount } from "../experience/roles.ts";
import { looksLikeInstruction, withoutInstructions } from "../jobs/signals.ts";
import { inferProficiency } from "../skills/proficiency.ts";
import { ancestorsOf, type SkillGraph } from "./skill-graph.ts";
import { skillsInProse } from "./text-skills.ts";

/** Ids of the skills a role names (the parser stores names; hand-made profiles store ids). */
export function roleSkillIds(graph: SkillGraph, role: ExperienceEntry): Set<string> {
  const ids = new Set<string>();
  for (const s of role.skills) {
    const id = graph.get(s)?.id ?? graph.lookup(s)?.id;
    if (id) ids.add(id);
  }
  return ids;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function namesOf(graph: SkillGraph, id: string): string[] {
  const skill = graph.get(id);
  return [skill?.name, ...(skill?.aliases ?? [])].filter((n): n is string => !!n && n.length > 1);
}

function mentions(text: string, names: string[]): boolean {
  return names.some((n) => new RegExp(`(?<![\\w+#.])${escapeRegExp(n)}(?![\\w+#])`, "i").test(text));
}

/**
 * The role names the skill, or a more specific one (PostgreSQL evidences SQL). `inOwnWords`:
 * also when a duty names it in the taxonomy's spellings, as the years of one skill are counted;
 * whether a role is relevant to a whole job keeps to the skills the parser read.
 */
export function roleEvidences(
  graph: SkillGraph,
  role: ExperienceEntry,
  ids: Set<string>,
  inOwnWords = false,
): boolean {
  for (const held of roleSkillIds(graph, role)) {
    if (ids.has(held)) return true;
    for (const a of ancestorsOf(graph, held)) if (ids.has(a)) return true;
  }
  // A title such as "Java Developer" evidences Java even when the bullets do not repeat it.
  if ([...ids].some((id) => mentions(role.title ?? "", namesOf(graph, id)))) return true;
  if (!inOwnWords) return false;
  // The role's own words in the taxonomy's spellings ("customer retention", "client servicing"
  // are account management): the skills matching already takes from them (text-skills.ts) have
  // the role's years behind them too.
  for (const line of role.bullets)
    for (const held of skillsInProse(withoutInstructions(line), graph).keys()) {
      if (ids.has(held)) return true;
      for (const a of ancestorsOf(graph, held)) if (ids.has(a)) return true;
    }
  return false;
}

const YEARS_PHRASE = /\b(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:years?|yrs)\b/i;

/**
 * Years the person states for skills in their headline or summary, per skill id: each
 * sentence with a number of years gives them to the skills it names ("Java developer with
 * 5 years of experience"). Sentences addressed to software are ignored.
 */
export function summaryClaims(
  profile: ProfileSnapshot,
  graph: SkillGraph,
): Map<string, { years: number; text: string }> {
  const claims = new Map<string, { years: number; text: string }>();
  const text = [profile.headline, profile.summary].filter(Boolean).join("\n");
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    if (looksLikeInstruction(sentence)) continue;
    const m = YEARS_PHRASE.exec(sentence);
    if (!m) continue;
    const years = Number.parseFloat(m[1]!);
    if (!(years > 0 && years <= 50)) continue;
    for (const s of profile.skills) {
      // The sentence names the skill as the person wrote it ("J2EE"), not only by the
      // taxonomy's name for it ("Java EE"): every spelling the taxonomy knows counts.
      if (!mentions(sentence, [s.name, ...namesOf(graph, s.skillId)])) continue;
      const prev = claims.get(s.skillId);
      if (!prev || prev.years < years) claims.set(s.skillId, { years, text: sentence.trim().slice(0, 120) });
    }
  }
  return claims;
}

/** Years the person said themselves for this skill (chat, a form, "Java (5 years)"). */
function saidYears(s: UserSkill): number {
  const said = s.source === "chat" || s.source === "manual" || s.proficiencyStated;
  return said && s.years !== undefined && s.years > 0 ? s.years : 0;
}

export interface RequirementYears {
  years: number;
  /** Where the years came from, in words a person can check. */
  evidence: string[];
}

/** How many years of the skill(s) `ids` (a requirement and its alternatives) the person shows. */
export function yearsForRequirement(
  graph: SkillGraph,
  profile: ProfileSnapshot,
  ids: string[],
  now: number | undefined,
  claims = summaryClaims(profile, graph),
): RequirementYears {
  const wanted = new Set(ids);
  const roles = profile.experience.filter((e) => roleEvidences(graph, e, wanted, true));
  const fromRoles: YearsCount = countYears(roles, now);
  let best = fromRoles.years;
  let evidence = fromRoles.roles.map((c) => `used in ${describeRole(c)}`);
  // Equal claims resolve the same way whatever order the resume lists them in: the asked
  // skill itself before a narrower one (SQL before PostgreSQL), then by name.
  const ordered = [...profile.skills].sort(
    (a, b) => Number(!wanted.has(a.skillId)) - Number(!wanted.has(b.skillId)) || a.name.localeCompare(b.name),
  );
  for (const s of ordered) {
    const match = wanted.has(s.skillId) || [...ancestorsOf(graph, s.skillId)].some((a) => wanted.has(a));
    if (!match) continue;
    const said = saidYears(s);
    if (said > best) {
      best = said;
      evidence = [`you said ${said} year(s) of ${s.name}`];
    }
    const claim = claims.get(s.skillId);
    if (claim && claim.years > best) {
      best = claim.years;
      evidence = [`your summary: "${claim.text}"`];
    }
  }
  return { years: best, evidence };
}

/** A held skill with something behind it: a role, project or certificate, or the person's word. */
export function isEvidenced(s: UserSkill, claims: Map<string, unknown>): boolean {
  return s.validated || saidYears(s) > 0 || claims.has(s.skillId);
}

/** True when at least one role has a usable start date. */
export function hasDatedRoles(profile: ProfileSnapshot): boolean {
  return profile.experience.some((e) => monthOf(e.start) !== undefined);
}

/**
 * Held skills at the level their evidenced years imply (issue 13: eight years of account work
 * read "Account Management (beginner)" from a skills list with no dates beside it, and the
 * roadmap then spent every week on it). A level the person stated stands; otherwise the years
 * this service counts for the skill — roles that show it, years the person gave, their
 * summary's "8 years of account management" (evidence already for the experience score,
 * `isEvidenced`) — raise a lower guess, never lower one, and become the skill's years.
 */
export function atEvidencedLevels(
  graph: SkillGraph,
  profile: ProfileSnapshot,
  skills: UserSkill[],
  now: number | undefined,
): UserSkill[] {
  const claims = summaryClaims(profile, graph);
  return skills.map((s) => {
    if (s.proficiencyStated) return s;
    const shown = yearsForRequirement(graph, profile, [s.skillId], now, claims);
    const level = inferProficiency({ years: shown.years }).level;
    if (PROFICIENCY_ORDER.indexOf(level) <= PROFICIENCY_ORDER.indexOf(s.proficiency)) return s;
    return {
      ...s,
      proficiency: level,
      years: Math.max(s.years ?? 0, shown.years),
      // Sorted: the reason does not depend on the order the resume lists its roles in.
      proficiencyReason: `${shown.years} year(s) behind it: ${[...shown.evidence].sort().slice(0, 2).join("; ")}`,
    };
  });
}
