/**
 * Evidence the resume parser gave a skill that shows nothing the person did with it, read
 * again before the analysis (once in `analyze`, so CLI, REST and agent alike; after
 * pasted-ad-text.ts, so a quote copied from the ad is judged as a copy first):
 *
 * - A quote of the sentence that "uses" the skill (`described: "…"`, on a resume whose duties
 *   sit under no role) that does not name the skill. On one long paragraph the parser's sentence
 *   can be hundreds of words, and a keyword list run on from its end (stuffed, or the ad's
 *   requirements pasted) was quoted as the use of every name in it — by a quote that names
 *   none of them.
 * - A role that names the skill only inside an unlabelled keyword list ("…linkedin.com/in/x
 *   Testing, Prototyping, UI Design, Wireframing"): names run on after a role's text say
 *   nothing was done with them there. A list the resume labels as the role's ("Environment:
 *   Java, Spring, Oracle", "Tools: …") is the role's own account of what it used, and stays.
 *
 * - A level word for a skill with nothing done behind it, when the roles name the skill only in
 *   such a list: the parser read it off the words before the list, not off anything said of it.
 *
 * Such a skill keeps its other evidence; with none left it is a name the resume lists (no
 * years, no role), which the scores credit in part and the verdict not at all.
 */
import type { EducationEntry, ProfileSnapshot, UserSkill } from "../../contract/profile.ts";
import { findEducation } from "../jobs/education.ts";
import { inRunOnList } from "./run-on-lists.ts";
import type { SkillGraph } from "./skill-graph.ts";
import { skillsInLine } from "./text-skills.ts";

const QUOTE = /^described: "(.*)"$/s;
const ROLE_EVIDENCE = /^experience: /;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");

function namePattern(name: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "giu");
}

/**
 * The quote names the skill: by its name or by a spelling the taxonomy knows for it — short
 * ones too ("AWS", "JS"), which the phrase reader leaves to the parser.
 */
function quoteNames(quote: string, skill: UserSkill, graph: SkillGraph): boolean {
  if (namePattern(skill.name).test(quote) || skillsInLine(quote, graph).has(skill.skillId)) return true;
  return (quote.match(/[\p{L}\p{N}][\p{L}\p{N}+#.]*/gu) ?? []).some(
    (w) => graph.lookup(w.replace(/\.+$/, ""))?.id === skill.skillId,
  );
}

/**
 * How the profile's roles name the skill: "work" when a title or a duty says it outside an
 * unlabelled keyword list, "list" when every mention sits in one, undefined when no role
 * spells it by its name (then nothing is judged).
 */
function roleMentions(profile: ProfileSnapshot, skill: UserSkill): "work" | "list" | undefined {
  const pattern = namePattern(skill.name);
  let listed = false;
  for (const e of profile.experience) {
    if (e.title && new RegExp(pattern.source, "iu").test(e.title)) return "work";
    for (const b of e.bullets)
      for (const m of b.matchAll(pattern)) {
        const span = { start: m.index, end: m.index + m[0].length };
        if (!inRunOnList(b, span)) return "work";
        listed = true;
      }
  }
  return listed ? "list" : undefined;
}

const LIST_NOTE = "named only in a keyword list";

function reread(skill: UserSkill, profile: ProfileSnapshot, graph: SkillGraph): UserSkill {
  if (skill.source === "manual" || skill.source === "chat") return skill;
  const quotes = skill.evidence.filter((e) => QUOTE.test(e));
  const roles = skill.evidence.filter((e) => ROLE_EVIDENCE.test(e));
  // A level word with nothing done behind it, for a name the roles run through only in a list:
  // read off the words before the list ("…Extensive international travel… Interpersonal Skills,"),
  // not said of the skill.
  const bareLevel = skill.proficiencyStated && skill.evidence.length === 0 && !skill.years;
  if (quotes.length === 0 && roles.length === 0 && !bareLevel) return skill;
  const mentions = roles.length > 0 || bareLevel ? roleMentions(profile, skill) : undefined;
  if (bareLevel)
    return mentions === "list"
      ? { ...skill, proficiency: "beginner", proficiencyReason: LIST_NOTE, proficiencyStated: false }
      : skill;
  const dropQuotes = quotes.filter((e) => !quoteNames(QUOTE.exec(e)![1]!, skill, graph));
  const dropRoles = mentions === "list" ? roles : [];
  if (dropQuotes.length === 0 && dropRoles.length === 0) return skill;
  const evidence = skill.evidence.filter((e) => !dropQuotes.includes(e) && !dropRoles.includes(e));
  const { years, lastUsed, ...rest } = skill;
  // Years come from the roles that use the skill: none of them left, none of the years.
  const keepYears = dropRoles.length === 0 || evidence.some((e) => ROLE_EVIDENCE.test(e));
  // A level word read from a quote that does not name the skill is not said of it either.
  const phrase = /stated "([^"]+)"/.exec(skill.proficiencyReason)?.[1]?.toLowerCase();
  const levelFromDropped =
    skill.proficiencyStated &&
    phrase !== undefined &&
    dropQuotes.some((q) => q.toLowerCase().includes(phrase));
  return {
    ...rest,
    ...(levelFromDropped
      ? { proficiency: "beginner" as const, proficiencyReason: LIST_NOTE, proficiencyStated: false }
      : {}),
    ...(keepYears && years !== undefined ? { years } : {}),
    ...(keepYears && lastUsed !== undefined ? { lastUsed } : {}),
    evidence,
    validated: evidence.length > 0,
  };
}

/** A degree entry that is only a level's name: no institution, dates or field of study. */
function bareDegree(e: EducationEntry): boolean {
  if (e.institution?.trim() || e.start || e.end || e.field?.trim() || !e.degree) return false;
  const read = findEducation(e.degree, "required");
  return read?.level !== undefined && read.fields.length === 0 && e.degree.trim().split(/\s+/).length <= 3;
}

export interface ListedEvidence {
  profile: ProfileSnapshot;
  /** Skills whose evidence was only a listing (0: the profile is returned unchanged). */
  skills: number;
}

/** The profile with evidence that shows no use of its skill read as a listing. */
export function withoutListedEvidence(profile: ProfileSnapshot, graph: SkillGraph): ListedEvidence {
  let changed = 0;
  /** Skills the roles only list: no role of the profile uses them (experience.ts reads role.skills). */
  const unused = new Set<string>();
  const skills = profile.skills.map((s) => {
    const out = reread(s, profile, graph);
    if (out === s) return s;
    changed++;
    if (s.evidence.some((e) => ROLE_EVIDENCE.test(e)) && !out.evidence.some((e) => ROLE_EVIDENCE.test(e)))
      unused.add(s.name);
    return out;
  });
  // A degree named with nothing behind it — no school, no dates, no field: "doctorate degree"
  // in a keyword list appended to a resume — is a listed name, not a degree held (a team pair's
  // appended claims read it as a doctorate and turned UNFIT into FIT; branch evidence13g).
  const education = profile.education.filter((e) => !bareDegree(e));
  if (education.length < profile.education.length) changed++;
  if (changed === 0) return { profile, skills: 0 };
  const experience =
    unused.size === 0
      ? profile.experience
      : profile.experience.map((e) => ({ ...e, skills: e.skills.filter((n) => !unused.has(n)) }));
  return { profile: { ...profile, skills, experience, education }, skills: changed };
}
