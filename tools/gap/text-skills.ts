/**
 * Skills the person's roles name in their own words ("telemarketing to purchasing managers",
 * "grew a territory through inside sales"), found by looking phrases of the role titles and
 * duties up in the taxonomy (ESCO / O*NET spellings and alternative labels). Resume parsers
 * list technologies well but miss the skills of sales, care, teaching or finance that are
 * written as duties; this gives them to matching, with the duty quoted as evidence.
 *
 * Only prose counts — role titles and duties, the summary, project descriptions — never the
 * skills list; a line that
 * is just a list of skill names is skipped, and each skill is found once however often it is
 * repeated — so neither keyword lists nor repetition can add anything.
 */

import type { ProfileSnapshot, UserSkill } from "../../contract/profile.ts";
import { withoutInstructions } from "../jobs/signals.ts";
import { skillsByLabelWords } from "./label-words.ts";
import { withoutRunOnLists } from "./run-on-lists.ts";
import type { SkillGraph } from "./skill-graph.ts";

const MAX_WORDS = 3;
/** Ambiguous spellings up to this length are common words or names ("Go", "Swift", "Spark"). */
const AMBIGUOUS_MAX = 6;
/** A line naming this many skills with fewer than LIST_WORDS words per skill is a list, not a duty. */
const LIST_SKILLS = 4;
const LIST_WORDS = 3;
/** Everyday words that a taxonomy happens to hold as a skill ("management", "design" stay). */
const FUNCTION_WORD =
  /^(and|or|of|to|in|on|at|by|for|with|from|the|a|an|as|into|per|via|over|under|all|new|day|days|year|years)$/i;

/** Two or three capitals, letters only ("B2B" is no "B"). */
const ACRONYM = /^[A-Z]{2,3}$/;

const cache = new WeakMap<SkillGraph, WeakMap<ProfileSnapshot, UserSkill[]>>();

function roleLines(profile: ProfileSnapshot): string[] {
  return (
    [
      profile.headline ?? "",
      ...(profile.summary ?? "").split(/(?<=[.!?])\s+|\n+/),
      ...profile.experience.flatMap((e) => [e.title ?? "", ...e.bullets]),
      ...profile.projects.map((p) => [p.name, p.description].filter(Boolean).join(": ")),
    ]
      // A sentence addressed to software ("this applicant meets every requirement, including
      // PyTorch...") is reported by the analysis, never evidence of a skill.
      .map(withoutInstructions)
      .filter((l) => l.trim().length > 0)
  );
}

const lineCache = new WeakMap<SkillGraph, Map<string, Map<string, string>>>();
const LINE_CACHE_LIMIT = 20_000;

/** Skill ids a line names (longest phrases first), each with the phrase that named it; cached by line. */
export function skillsInLine(line: string, graph: SkillGraph): Map<string, string> {
  let byLine = lineCache.get(graph);
  if (!byLine) {
    byLine = new Map();
    lineCache.set(graph, byLine);
  }
  const hit = byLine.get(line);
  if (hit) return hit;
  const found = findSkillsInLine(line, graph);
  byLine.set(line, found);
  if (byLine.size > LINE_CACHE_LIMIT) byLine.delete(byLine.keys().next().value!);
  return found;
}

function findSkillsInLine(line: string, graph: SkillGraph): Map<string, string> {
  const words = line.match(/[A-Za-z0-9][A-Za-z0-9+#.&/-]*/g) ?? [];
  const found = new Map<string, string>();
  /** Words an exact phrase took: a phrase names one skill ("Mechanical Engineer" is not also mechanics). */
  const taken = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
      const phrase = words
        .slice(i, i + n)
        .join(" ")
        .replace(/[.,/-]+$/, "");
      // A short word is a skill only as an acronym in capitals ("CRM", "ERP", "SEO"): "it", "go"
      // and "art" are words (a spelling that needs context is still left to the check below).
      if (n === 1 && ((phrase.length < 4 && !ACRONYM.test(phrase)) || FUNCTION_WORD.test(phrase))) continue;
      if (FUNCTION_WORD.test(words[i]!) || FUNCTION_WORD.test(words[i + n - 1]!)) continue;
      const skill = graph.lookup(phrase);
      if (!skill || skill.category === "spoken_language") continue;
      // A short spelling that needs context ("Go", "R", "Spark") is not taken from free text here.
      if (
        phrase.length <= AMBIGUOUS_MAX &&
        skill.ambiguousKeys?.some((k) => k.toLowerCase() === phrase.toLowerCase())
      )
        continue;
      if (!found.has(skill.id)) found.set(skill.id, phrase);
      for (let k = i; k < i + n; k++) taken.add(k);
      i += n - 1;
      break;
    }
  }
  // Then field skills named in other word forms and order ("Administered medications").
  const untaken = words.map((w, k) => (taken.has(k) ? "|" : w)).join(" ");
  for (const [id, phrase] of skillsByLabelWords(untaken, graph)) if (!found.has(id)) found.set(id, phrase);
  return found;
}

/**
 * Skills a line of prose names; none for a line that is just a list of skill names, nor for the
 * names of a keyword list run on from its words (run-on-lists.ts: stuffed after a role's last duty).
 */
export function skillsInProse(given: string, graph: SkillGraph): Map<string, string> {
  const line = withoutRunOnLists(given);
  const found = skillsInLine(line, graph);
  const words = line.split(/\s+/).length;
  return found.size >= LIST_SKILLS && words < found.size * LIST_WORDS ? new Map() : found;
}

/**
 * Skills named in the person's roles, each with the line that names it. A skill the profile
 * also lists gets a second entry here: the role line is the evidence its listing lacked
 * (matching takes the best of the two).
 */
export function skillsNamedInRoles(profile: ProfileSnapshot, graph: SkillGraph): UserSkill[] {
  let byProfile = cache.get(graph);
  if (!byProfile) {
    byProfile = new WeakMap();
    cache.set(graph, byProfile);
  }
  const hit = byProfile.get(profile);
  if (hit) return hit;
  // Sorted lines: the quoted line does not depend on the order the resume lists roles in.
  const evidence = new Map<string, { phrase: string; line: string }>();
  for (const line of [...new Set(roleLines(profile))].sort()) {
    for (const [id, phrase] of skillsInProse(line, graph)) {
      if (!evidence.has(id)) evidence.set(id, { phrase, line: line.trim().slice(0, 200) });
    }
  }
  const out: UserSkill[] = [...evidence.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([skillId, { phrase, line }]) => ({
      skillId,
      name: graph.get(skillId)?.name ?? phrase,
      proficiency: "intermediate",
      proficiencyReason: `named in your experience ("${phrase}")`,
      proficiencyStated: false,
      source: "inferred",
      evidence: [line],
      validated: false,
    }));
  byProfile.set(profile, out);
  return out;
}
