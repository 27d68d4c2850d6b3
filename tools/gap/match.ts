/**
 * Skill matching through the taxonomy: exact, alias, a child satisfying its parent
 * (PostgreSQL for SQL), a related skill for partial credit (MySQL for PostgreSQL), and a
 * low-credit likeness as the last resort; then the level held against the level asked,
 * years against a years minimum, and a discount for skills only listed with no evidence
 * (which is also what keeps keyword stuffing from buying a match).
 */

import { PROFICIENCY_ORDER, type Proficiency, type UserSkill } from "../../contract/profile.ts";
import { normalizeKey } from "../../data/taxonomy/normalize.ts";
import type { SkillRequirement } from "../jobs/types.ts";
import { categoryMemberVia } from "./category-members.ts";
import { familyShare } from "./family-share.ts";
import { kindMemberVia } from "./kind-members.ts";
import { ancestorsOf, areSiblings, relatedCredit, type SkillGraph, skillName } from "./skill-graph.ts";
import { suiteMemberVia } from "./suite-members.ts";
import type { MatchVia, SkillMatch } from "./types.ts";

export const VIA_CREDIT: Record<MatchVia, number> = {
  exact: 1,
  alias: 1,
  child: 0.9,
  related: 0.8,
  semantic: 0.3,
};
/** Credit kept by a skill that is only listed: no experience, project, certificate or years behind it. */
export const LISTED_ONLY_FACTOR = 0.75;
/** A held parent with more children than this ("Software Development") says little about one of them. */
const BROAD_PARENT = 30;
/** Credit kept per level short of the ask, when the level is known (stated, or backed by years). */
const LEVEL_FACTOR = [1, 0.75, 0.5, 0.3];
/** Milder when the level is only the parser's guess (listed, no dates): the guess may be low. */
const GUESSED_LEVEL_FACTOR = [1, 0.95, 0.8, 0.65];

/** One requirement, or a set of alternatives ("Java or Kotlin") that any one satisfies. */
export interface RequirementGroup {
  key: string;
  label: string;
  ids: string[];
  kind: "required" | "preferred";
  critical: boolean;
  level: Proficiency;
  minYears?: number;
  type: SkillRequirement["type"];
  evidence: string;
  mentionedOnly: boolean;
  /** A role profile's kind of tool ("CRM software"): met by one of its tools, not by a likeness. */
  toolKind?: boolean;
  /** The kind's name, when the ask is one ("Human resources software"): kind-members.ts. */
  kindName?: string;
  /** A product family with its products ("Microsoft Office (Word, Excel)"): family-share.ts. */
  productFamily?: boolean;
}

export interface GroupResult {
  group: RequirementGroup;
  credit: number;
  match?: SkillMatch;
}

export const LISTED_ONLY_NOTE = "listed without experience, project or certificate behind it";
/**
 * A skill the parser marks validated only because it sits in an experience, project or
 * certificate section, with no line of it quoted, no dates and no level said (verdict13s's
 * replay: an ad sentence pasted after a one-paragraph resume "validated" Kubernetes). The scores
 * credit it as shown; the verdict weighs it as listed (evidencedResults).
 */
export const SECTION_ONLY_NOTE = "in a work section, with no line, dates or level behind it";

/**
 * The results as the verdict weighs them: a requirement met only by a skill the person listed
 * (no role, project, certificate or years behind it) counts as not met, so a keyword list can
 * never by itself turn UNFIT into FIT. Scores still show the listed skill's partial credit.
 * (Matching such a requirement again from the evidenced skills, so a listing does not hide an
 * evidenced skill it outranked, was tried at the 2026-12-04 night merge and let stuffed and
 * pasted resumes through two robustness gates; see that session's evidence13g note.)
 */
export function evidencedResults(results: GroupResult[]): GroupResult[] {
  return results.map((r) => (isListedOnly(r) ? { group: r.group, credit: 0 } : r));
}

/** Met only by a skill the person listed (or named in a work section) with nothing behind it. */
export function isListedOnly(r: GroupResult): boolean {
  return !!(r.match?.evidence.includes(LISTED_ONLY_NOTE) || r.match?.evidence.includes(SECTION_ONLY_NOTE));
}

export function groupRequirements(graph: SkillGraph, skills: SkillRequirement[]): RequirementGroup[] {
  const groups = new Map<string, RequirementGroup>();
  for (const r of skills) {
    const sorted = [...new Set([r.skillId, ...r.alternatives])].sort();
    const key = sorted.join("|");
    // A kind of tool keeps its own node (or most known tool) first: the one to learn.
    const ids = r.toolKind ? [r.skillId, ...sorted.filter((id) => id !== r.skillId)] : sorted;
    const prev = groups.get(key);
    if (prev) {
      if (r.kind === "required") prev.kind = "required";
      prev.mentionedOnly &&= r.mentionedOnly === true;
      prev.critical ||= r.critical;
      if (PROFICIENCY_ORDER.indexOf(r.level) > PROFICIENCY_ORDER.indexOf(prev.level)) prev.level = r.level;
      if (r.minYears !== undefined) prev.minYears = Math.max(prev.minYears ?? 0, r.minYears);
      continue;
    }
    groups.set(key, {
      key,
      label: r.toolKind ? r.name : ids.map((id) => skillName(graph, id)).join(" or "),
      ids,
      kind: r.kind,
      critical: r.critical,
      level: r.level,
      ...(r.minYears !== undefined ? { minYears: r.minYears } : {}),
      type: r.type,
      evidence: r.evidence,
      mentionedOnly: r.mentionedOnly === true,
      ...(r.toolKind ? { toolKind: true, kindName: r.toolKind } : {}),
      ...(r.productFamily ? { productFamily: true } : {}),
    });
  }
  return [...groups.values()].sort((a, b) => a.key.localeCompare(b.key));
}

function viaFor(graph: SkillGraph, asked: string, held: UserSkill): MatchVia | undefined {
  if (held.skillId === asked) {
    const canonical = graph.get(asked)?.name ?? asked;
    return normalizeKey(held.name) === normalizeKey(canonical) ? "exact" : "alias";
  }
  if (ancestorsOf(graph, held.skillId).has(asked)) return "child";
  if (relatedCredit(graph, asked, held.skillId) > 0) return "related";
  if (isNarrowParent(graph, held.skillId, asked) || areSiblings(graph, asked, held.skillId))
    return "semantic";
  return undefined;
}

function levelFactor(held: UserSkill, asked: Proficiency): number {
  const short = PROFICIENCY_ORDER.indexOf(asked) - PROFICIENCY_ORDER.indexOf(held.proficiency);
  if (short <= 0) return 1;
  const known = held.proficiencyStated || held.years !== undefined;
  return (known ? LEVEL_FACTOR : GUESSED_LEVEL_FACTOR)[short] ?? 0.3;
}

/** The person holds the direct, narrow parent of the asked skill (SQL for PostgreSQL). */
function isNarrowParent(graph: SkillGraph, held: string, asked: string): boolean {
  if (!(graph.get(asked)?.parents ?? []).includes(held)) return false;
  return (graph.get(held)?.children.length ?? 0) <= BROAD_PARENT;
}

/** A role, project, certificate or years behind the skill: something the person did with it. */
export function backedByWork(s: UserSkill): boolean {
  return s.validated || s.evidence.length > 0 || (s.years ?? 0) > 0;
}

/** Validated by its section alone: no quoted line, no years, no level said (SECTION_ONLY_NOTE). */
function sectionOnly(s: UserSkill): boolean {
  return s.validated && s.evidence.length === 0 && !((s.years ?? 0) > 0) && !s.proficiencyStated;
}

/** Work behind the skill, or a stated level: more than a listing. */
export function hasEvidence(s: UserSkill): boolean {
  return backedByWork(s) || s.proficiencyStated;
}

function creditFor(
  graph: SkillGraph,
  group: RequirementGroup,
  asked: string,
  held: UserSkill,
  via: MatchVia,
): number {
  const base =
    via === "related"
      ? Math.min(VIA_CREDIT.related, relatedCredit(graph, asked, held.skillId))
      : VIA_CREDIT[via];
  let credit = base * levelFactor(held, group.level);
  // Fewer years than asked, but shown in work: never worth less than a bare listing of the skill
  // (4 of 6 years of Python at 0.67 scored below "Python" listed alone at 0.75, so removing a
  // related skill that showed those years raised readiness).
  if (group.minYears !== undefined && held.years !== undefined && held.years < group.minYears)
    credit *= Math.max(LISTED_ONLY_FACTOR, held.years / group.minYears);
  if (!hasEvidence(held)) credit *= LISTED_ONLY_FACTOR;
  return Math.round(credit * 1000) / 1000;
}

const VIA_RANK: MatchVia[] = ["exact", "alias", "child", "related", "semantic"];
const levelOf = (s: UserSkill) => PROFICIENCY_ORDER.indexOf(s.proficiency);

export function matchGroup(graph: SkillGraph, group: RequirementGroup, skills: UserSkill[]): GroupResult {
  let best: { credit: number; via: MatchVia; asked: string; held: UserSkill } | undefined;
  for (const asked of group.ids) {
    for (const held of skills) {
      const own = viaFor(graph, asked, held);
      // A tool O*NET files under the asked kind meets it (ADP Workforce Now for HR software).
      // A suite's own products meet it (suite-members.ts: Photoshop for Adobe Creative Suite).
      const via =
        own === undefined || own === "semantic"
          ? (kindMemberVia(group, held.skillId) ??
            suiteMemberVia(graph, asked, held.skillId) ??
            categoryMemberVia(asked, held.skillId) ??
            own)
          : own;
      // A kind lists many tools: a sibling of any one of them (Excel for SharePoint) is no
      // evidence of the kind, only its tools and their children are.
      if (!via || (group.toolKind && via === "semantic")) continue;
      const share = group.productFamily ? familyShare(group.ids, asked, skills) : 1;
      const credit = Math.round(creditFor(graph, group, asked, held, via) * share * 1000) / 1000;
      const better =
        !best ||
        credit > best.credit ||
        (credit === best.credit &&
          (VIA_RANK.indexOf(via) < VIA_RANK.indexOf(best.via) ||
            // Of two entries worth the same, the one at the higher level is what the person
            // has ("Account Management (expert)", not the same skill named once in a duty).
            (via === best.via && levelOf(held) > levelOf(best.held)) ||
            (via === best.via &&
              levelOf(held) === levelOf(best.held) &&
              held.skillId.localeCompare(best.held.skillId) < 0)));
      if (better) best = { credit, via, asked, held };
    }
  }
  if (!best || best.credit <= 0) return { group, credit: 0 };
  const held = best.held;
  const evidence = [
    `${held.name}: ${held.proficiency} (${held.proficiencyReason})`,
    ...(held.years !== undefined ? [`${held.years} year(s) of use`] : []),
    ...held.evidence.slice(0, 2),
    ...(hasEvidence(held) ? [] : [LISTED_ONLY_NOTE]),
    ...(hasEvidence(held) && sectionOnly(held) ? [SECTION_ONLY_NOTE] : []),
  ];
  return {
    group,
    credit: best.credit,
    match: {
      requirement: group.label,
      requirementId: best.asked,
      kind: group.kind,
      critical: group.critical,
      skill: held.name,
      skillId: held.skillId,
      via: best.via,
      credit: best.credit,
      levelAsked: group.level,
      levelHeld: held.proficiency,
      evidence,
    },
  };
}

/**
 * The person's skills in a stable order whatever order the profile listed them in. Duplicates
 * are kept: matching takes the best credit, so a second entry can only add.
 */
export function canonicalSkills(skills: UserSkill[]): UserSkill[] {
  const key = (s: UserSkill) =>
    [
      s.skillId,
      s.name,
      PROFICIENCY_ORDER.indexOf(s.proficiency),
      s.years ?? -1,
      s.source,
      s.evidence.join("\u0001"),
      // Entries raised to the level of their years can differ only here.
      s.validated,
      s.proficiencyReason,
    ].join("\u0000");
  return [...skills].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
