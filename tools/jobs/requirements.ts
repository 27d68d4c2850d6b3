/**
 * Turns the skills found in an ad into requirements: required vs preferred (from the section
 * and from cues like "is a plus"), critical must-haves, the level asked, years per skill, and
 * alternatives ("Java or Kotlin", "one or more of: Scala, Java, Go").
 */
import type { Proficiency } from "../../contract/profile.ts";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { alternativeGroups, clausesOf, findSegment, kindAsks, type Mention } from "./clauses.ts";
import { namedKindAsks } from "./named-kind-asks.ts";
import { PREFERRED_CUE, preferredFrom } from "./preferred-part.ts";
import type { Segment } from "./segments.ts";
import { similarTailAsks } from "./similar-tail-asks.ts";
import type { ExperienceRequirement, ExtractedSkill, RequirementKind, SkillRequirement } from "./types.ts";
import { waivedAt } from "./waived-asks.ts";
import { findYears, levelForYears, withoutAsideCues } from "./years.ts";

const MUST_CUE =
  /\b(must|required|requirement|essential|mandatory|need(ed)? to have|you need|is needed|strong|solid|excellent|deep|expert|extensive|proven|proficien(t|cy)|in-depth|very good|advanced|thorough|significant)\b/i;
const LEVEL_CUES: [RegExp, Proficiency][] = [
  [/\b(expert|mastery|deep|in-depth|extensive|authority|guru)\b/i, "expert"],
  [
    /\b(strong|solid|excellent|very good|advanced|proven|proficien\w*|thorough|significant|senior)\b/i,
    "advanced",
  ],
  // A word that qualifies the ask ("basic knowledge of HTML", "some experience with") before
  // the plain nouns it qualifies: "knowledge of" alone read "Basic knowledge of HTML and CSS"
  // as an intermediate ask, and a designer with basic HTML got a 14-hour HTML course.
  [/\b(familiar\w*|basic|some experience|some knowledge|elementary)\b/i, "beginner"],
  [
    /\b(good|working knowledge|hands-on|practical|experience (with|in)|experienced|knowledge of)\b/i,
    "intermediate",
  ],
  [/\b(exposure|understanding|interest|awareness|willing(ness)? to learn)\b/i, "beginner"],
];

/** Categories of named technologies and credentials: the asks that can be must-haves. */
export const CONCRETE = new Set<string>([
  "programming_language",
  "framework_library",
  "database",
  "cloud_platform",
  "tool",
  "certification",
]);
const TITLE_CORE = new Set<string>([
  "programming_language",
  "framework_library",
  "database",
  "cloud_platform",
]);

const LEVEL_ORDER: Proficiency[] = ["beginner", "intermediate", "advanced", "expert"];
const maxLevel = (a: Proficiency, b: Proficiency) =>
  LEVEL_ORDER.indexOf(a) >= LEVEL_ORDER.indexOf(b) ? a : b;

function mentionKind(m: Mention, hasRequirementSection: boolean): RequirementKind | "mentioned" | "ignored" {
  const { section } = m.segment;
  if (section === "benefits" || section === "company" || section === "meta") return "ignored";
  // "No prior accounting experience required" waives what it names (waived-asks.ts).
  if (waivedAt(m.clause.text, m.start - m.clause.start)) return "ignored";
  // "Experience with an HRIS (Workday or UKG preferred)": only what the bracket names is preferred.
  const from = preferredFrom(m.clause.text);
  if (from !== undefined && m.start - m.clause.start >= from) return "preferred";
  if (section === "preferred") return "preferred";
  if (section === "requirements" || section === "technologies") return "required";
  if (
    MUST_CUE.test(m.clause.text) &&
    /\b(experience|knowledge|skills?|proficien\w*|background)\b/i.test(m.clause.text)
  )
    return "required";
  return hasRequirementSection ? "mentioned" : "required";
}

function levelAsked(clauseBefore: string, kind: RequirementKind, years?: number): Proficiency {
  let level: Proficiency = kind === "required" ? "intermediate" : "beginner";
  for (const [pattern, cueLevel] of LEVEL_CUES) {
    if (pattern.test(clauseBefore)) {
      level = cueLevel;
      break;
    }
  }
  if (years !== undefined) level = maxLevel(level, levelForYears(years));
  return level;
}

const yearsCache = new Map<string, ReturnType<typeof findYears>>();

/** Clause text -> its years ask; many mentions share a clause. */
function yearsOf(clause: string): ReturnType<typeof findYears> {
  if (yearsCache.size > 5000) yearsCache.clear();
  if (!yearsCache.has(clause)) yearsCache.set(clause, findYears(clause));
  return yearsCache.get(clause);
}

export interface RequirementsResult {
  skills: SkillRequirement[];
  experience: ExperienceRequirement[];
}

export function buildRequirements(
  segments: Segment[],
  extracted: ExtractedSkill[],
  titleEnd: number,
  titleSkills: ExtractedSkill[],
): RequirementsResult {
  const hasRequirementSection = segments.some(
    (s) => s.section === "requirements" || s.section === "preferred" || s.section === "technologies",
  );
  const mentions: Mention[] = [];
  for (const skill of extracted) {
    for (const span of skill.spans) {
      if (span.start < titleEnd) continue; // the title is handled on its own below
      const segment = findSegment(segments, span.start);
      if (!segment) continue;
      const clause = clausesOf(segment).find((c) => span.start >= c.start && span.start < c.end) ?? {
        start: segment.start,
        end: segment.end,
        text: segment.text,
      };
      mentions.push({ skill, start: span.start, end: span.end, segment, clause });
    }
  }
  const groups = alternativeGroups(mentions);
  // "Analytics tools such as Mixpanel": one ask for the kind, met by any tool of it.
  const asKind = new Map<
    Mention,
    { skill: ExtractedSkill; alternatives: string[]; toolKind: string; family?: boolean }
  >();
  const absorbed = new Set<Mention>();
  const taxonomy = getTaxonomy();
  const parentsOf = (id: string) => taxonomy.get(id)?.parents ?? [];
  const nameOf = (id: string) => taxonomy.get(id)?.name;
  const kinds = kindAsks(mentions, parentsOf);
  // A mention already an example or kind of a "such as" ask is not read again.
  const taken = new Set(kinds.flatMap((k) => [...k.examples, ...k.kindMentions]));
  for (const k of [...namedKindAsks(mentions, parentsOf), ...similarTailAsks(mentions, parentsOf, nameOf)])
    if (![...k.examples, ...k.kindMentions].some((m) => taken.has(m))) kinds.push(k);
  for (const k of kinds) {
    const exampleIds = [...new Set(k.examples.map((e) => e.skill.id))];
    const names = [...new Set(k.examples.map((e) => e.skill.name))];
    const like = k.kindMentions.find((m) => m.skill.id === k.node)?.skill ?? k.examples[0]!.skill;
    const skill: ExtractedSkill = {
      id: k.node,
      name: `${k.kind} (such as ${names.join(", ")})`,
      type: like.type,
      category: like.category,
      spans: [],
    };
    for (const e of k.examples)
      asKind.set(e, {
        skill,
        alternatives: exampleIds.filter((id) => id !== k.node).sort(),
        toolKind: k.kind,
        ...(k.family ? { family: true } : {}),
      });
    for (const m of k.kindMentions) absorbed.add(m);
  }

  interface Acc {
    skill: ExtractedSkill;
    kind: RequirementKind | "mentioned";
    critical: boolean;
    level: Proficiency;
    minYears?: number;
    standalone: boolean;
    alternatives?: string[];
    evidence?: string;
    toolKind?: string;
    family?: boolean;
  }
  const acc = new Map<string, Acc>();
  const experience: ExperienceRequirement[] = [];

  for (const m of mentions) {
    if (absorbed.has(m) && !asKind.has(m)) continue;
    const ofKind = asKind.get(m);
    const kind = mentionKind(m, hasRequirementSection);
    if (kind === "ignored") continue;
    const years = yearsOf(m.clause.text);
    // An entry-level range ("0-2 years of Java") asks no years of the skill.
    const yearsApply =
      years?.aboutExperience && years.minYears > 0 && kind !== "mentioned" ? years.minYears : undefined;
    const before = m.clause.text.slice(0, m.start - m.clause.start);
    const reqKind: RequirementKind = kind === "mentioned" ? "preferred" : kind;
    const level = levelAsked(before.slice(-80), reqKind, yearsApply);
    const critical = kind === "required" && (yearsApply !== undefined || MUST_CUE.test(m.clause.text));
    const alternatives = ofKind ? ofKind.alternatives : groups.get(m);
    const skill = ofKind ? ofKind.skill : m.skill;
    const prev = acc.get(skill.id);
    const rank = (k: Acc["kind"]) => (k === "required" ? 2 : k === "preferred" ? 1 : 0);
    if (!prev) {
      acc.set(skill.id, {
        skill,
        ...(ofKind ? { toolKind: ofKind.toolKind } : {}),
        ...(ofKind?.family ? { family: true } : {}),
        kind,
        critical,
        level,
        ...(yearsApply !== undefined ? { minYears: yearsApply } : {}),
        standalone: !alternatives,
        ...(alternatives ? { alternatives } : {}),
        evidence: m.segment.text.trim().slice(0, 240),
      });
      continue;
    }
    if (rank(kind) > rank(prev.kind)) {
      prev.kind = kind;
      prev.evidence = m.segment.text.trim().slice(0, 240);
    }
    prev.critical ||= critical;
    if (rank(kind) >= rank(prev.kind)) prev.level = maxLevel(prev.level, level);
    if (yearsApply !== undefined) prev.minYears = Math.max(prev.minYears ?? 0, yearsApply);
    if (!alternatives) prev.standalone = true;
    else if (!prev.alternatives) prev.alternatives = alternatives;
  }

  // Years asks, with or without skills in the same clause ("5+ years in software development").
  for (const segment of segments) {
    if (segment.section === "benefits" || segment.section === "company" || segment.section === "meta")
      continue;
    for (const clause of clausesOf(segment)) {
      const years = yearsOf(clause.text);
      if (!years?.aboutExperience) continue;
      // "5+ years in backend development" is about overall experience, not a technology.
      const inClause = mentions.filter(
        (o) => o.start >= clause.start && o.start < clause.end && CONCRETE.has(o.skill.category),
      );
      // "3-5 years of HR experience, ideally in logistics": the years are required.
      const from = preferredFrom(clause.text);
      const kind: RequirementKind =
        segment.section === "preferred" ||
        (from !== undefined && years.index >= from && PREFERRED_CUE.test(withoutAsideCues(clause.text)))
          ? "preferred"
          : "required";
      experience.push({
        minYears: years.minYears,
        kind,
        // "0-2 years of Java" is an entry-level ask overall: no years of a skill to count.
        skills: years.minYears > 0 ? [...new Set(inClause.map((o) => o.skill.id))].sort() : [],
        evidence: clause.text.trim().slice(0, 240),
      });
    }
  }

  // A language, framework, database or cloud in the title ("Senior Java Developer") is the
  // heart of the role, and so is the first tool or platform named there ("iOS Developer");
  // a further tool ("Java Developer Digital Jenkins") is required, a must-have only if the
  // body says so.
  const firstTool = titleSkills.find((s) => s.category === "tool")?.id;
  const firstConcrete = titleSkills.find((s) => TITLE_CORE.has(s.category) || s.category === "tool")?.id;
  for (const skill of titleSkills) {
    if (skill.category === "spoken_language") continue;
    const core = TITLE_CORE.has(skill.category) || (skill.id === firstTool && skill.id === firstConcrete);
    const prev = acc.get(skill.id);
    if (prev) {
      prev.kind = "required";
      prev.critical ||= core;
      prev.standalone = true;
    } else
      acc.set(skill.id, {
        skill,
        kind: "required",
        critical: core,
        level: "intermediate",
        standalone: true,
        evidence: "named in the job title",
      });
  }

  const skills: SkillRequirement[] = [];
  for (const a of acc.values()) {
    // Spoken languages are read separately (JobPosting.languages), not as skills to learn.
    if (a.skill.category === "spoken_language") continue;
    const kind: RequirementKind = a.kind === "required" ? "required" : "preferred";
    const isSoft = a.skill.type === "soft";
    skills.push({
      skillId: a.skill.id,
      name: a.skill.name,
      type: a.skill.type,
      category: a.skill.category,
      kind,
      // Only concrete technologies can be must-haves:
      // a broad concept, a method or a soft skill is never the one thing that makes a person unfit.
      critical: kind === "required" && a.critical && !isSoft && CONCRETE.has(a.skill.category),
      level: kind === "preferred" && a.kind === "mentioned" ? "beginner" : a.level,
      ...(a.minYears !== undefined ? { minYears: a.minYears } : {}),
      alternatives: a.standalone ? [] : (a.alternatives ?? []),
      evidence: a.kind === "mentioned" ? `mentioned in the ad: ${a.evidence}` : (a.evidence ?? ""),
      ...(a.kind === "mentioned" ? { mentionedOnly: true } : {}),
      ...(a.toolKind ? { toolKind: a.toolKind } : {}),
      ...(a.family ? { productFamily: true } : {}),
    });
  }
  skills.sort((x, y) => x.skillId.localeCompare(y.skillId));
  experience.sort((a, b) => b.minYears - a.minYears || a.evidence.localeCompare(b.evidence));
  return { skills, experience };
}
