/**
 * Soft skills a role's duties show, held as skills with that role's years behind them (issue 13,
 * trial14 §3): an account executive whose bullets say "Negotiated three-year renewals",
 * "Mentored 4 junior AEs" and "Presented quarterly reviews to CFOs" was told Negotiation was
 * "only listed on your profile" at beginner level and Mentoring was missing, and the roadmap
 * spent 17 weeks on courses for them. The softSkills score already read those bullets
 * (soft-skills.ts); the requirement matching only saw the skills list.
 *
 * A duty shows a soft skill by the behaviour ESCO names for it — the soft-skill reader compiled
 * from ESCO's labels and alternative labels (tools/skills/soft-skill-reader.ts: verb + object,
 * "negotiate" anything, "mentor"/"coach" a person, "lead" a team) — or by soft-skills.ts's cues
 * for the few skills whose verbs name nothing else ("presented", "negotiated", "coached").
 * Loose cues ("designed" as creativity, "planned" as organisation) are left to the softSkills
 * score: a held skill at a level needs a behaviour that is that skill.
 *
 * Each skill gets the years of the roles that show it (overlaps merged, internships weighed),
 * at most "advanced" (a duty line is not mastery), quoted, and validated: it is what the person
 * did. Added beside the listed entry (matching takes the best), so a listed soft skill no duty
 * shows stays a listing.
 */
import type { ExperienceEntry, ProfileSnapshot, UserSkill } from "../../contract/profile.ts";
import { countYears } from "../experience/roles.ts";
import { looksLikeInstruction, withoutInstructions } from "../jobs/signals.ts";
import { inferProficiency, PROFICIENCY_ORDER } from "../skills/proficiency.ts";
import { readSoftSkills } from "../skills/soft-skill-reader.ts";
import type { SkillGraph } from "./skill-graph.ts";
import { SOFT_SKILL_CUES } from "./soft-skills.ts";

/** Soft skills whose cue verbs (soft-skills.ts) are the behaviour itself, not a loose sign of it. */
const BEHAVIOUR_CUES = ["negotiation", "mentoring", "presentation", "leadership", "team-management"];

/**
 * Presenting and negotiating are communicating (ESCO files "address an audience" and
 * "negotiate" under its communication skills); mentoring people and managing a team are leading
 * others (ESCO's "lead others" group): a duty that shows the one shows the other.
 */
const ALSO_SHOWS: Readonly<Record<string, readonly string[]>> = {
  presentation: ["communication"],
  negotiation: ["communication"],
  mentoring: ["leadership"],
  "team-management": ["leadership"],
};

/** A duty line this long is a paragraph; its first sentence that shows the skill is quoted. */
const QUOTE_CHARS = 160;

const MOST: (typeof PROFICIENCY_ORDER)[number] = "advanced";

/** Soft-skill ids one duty line shows. */
export function softSkillsInDuty(line: string): string[] {
  const text = withoutInstructions(line);
  if (looksLikeInstruction(line) || text.trim().length < 3) return [];
  const ids = new Set(readSoftSkills(text).map((h) => h.skillId));
  for (const id of BEHAVIOUR_CUES) if (SOFT_SKILL_CUES[id]!.test(text)) ids.add(id);
  for (const id of [...ids]) for (const also of ALSO_SHOWS[id] ?? []) ids.add(also);
  return [...ids].sort();
}

const roleName = (r: ExperienceEntry) => `${r.title ?? "a role"}${r.company ? ` at ${r.company}` : ""}`;

function quoteOf(line: string): string {
  const sentence = line.split(/(?<=[.!?;])\s+/).find((s) => softSkillsInDuty(s).length > 0) ?? line;
  return sentence.replace(/\s+/g, " ").trim().slice(0, QUOTE_CHARS);
}

/**
 * The soft skills the profile's roles show (ids the skill graph knows), one entry each, with
 * the years of the roles whose duties show it and the first such duty quoted.
 */
export function softSkillsShownInRoles(
  profile: ProfileSnapshot,
  graph: SkillGraph,
  now: number | undefined,
): UserSkill[] {
  const shownBy = new Map<string, { roles: ExperienceEntry[]; quote: string; where: string }>();
  for (const role of profile.experience)
    for (const bullet of role.bullets)
      for (const id of softSkillsInDuty(bullet)) {
        if (!graph.get(id)) continue;
        const seen = shownBy.get(id);
        if (!seen) shownBy.set(id, { roles: [role], quote: quoteOf(bullet), where: roleName(role) });
        else if (!seen.roles.includes(role)) seen.roles.push(role);
      }
  return [...shownBy.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([skillId, { roles, quote, where }]) => {
      const { years } = countYears(roles, now);
      const inferred = inferProficiency({ years: years > 0 ? years : null, validated: true }).level;
      const level = PROFICIENCY_ORDER.indexOf(inferred) > PROFICIENCY_ORDER.indexOf(MOST) ? MOST : inferred;
      const span = years > 0 ? `, ${Math.round(years * 10) / 10} year(s) in roles that show it` : "";
      return {
        skillId,
        name: graph.get(skillId)?.name ?? skillId,
        proficiency: level,
        proficiencyReason: `shown in your experience: "${quote}" (${where}${span})`,
        proficiencyStated: false,
        ...(years > 0 ? { years } : {}),
        source: "inferred" as const,
        evidence: [`experience: ${where}: "${quote}"`],
        validated: true,
      };
    });
}
