/**
 * A spoken-language ask against the resume: met by a language the person shows — a languages
 * entry, a line of their own naming it (a bilingual role, a stated level), a language skill, or
 * for English a resume written in English — and not by one named only in a sentence copied from
 * the ad. A level the ad states is checked against the level written beside the language.
 */
import type { ProfileSnapshot } from "../../contract/profile.ts";
import type { EvidenceLine, RequirementEvidence } from "./evidence.ts";
import { levelHeld, levelName } from "./language-level.ts";
import { copiedFromAd } from "./pasted-ad-text.ts";
import type { TypedRequirement } from "./requirements.ts";
import type { SkillGraph } from "./skill-graph.ts";
import { names } from "./whole-words.ts";

/** The resume is written in English (most of its words are common English words). */
function writtenInEnglish(lines: EvidenceLine[]): boolean {
  const words = lines.flatMap((l) => l.text.toLowerCase().match(/[a-z]+/g) ?? []);
  if (words.length < 30) return false;
  const common = words.filter((w) => /^(the|and|of|to|in|for|with|on|as|a|an|by|from|at)$/.test(w)).length;
  return common / words.length > 0.04;
}

function languageHeld(
  language: string,
  profile: ProfileSnapshot,
  lines: EvidenceLine[],
  graph: SkillGraph,
): string | undefined {
  const name = graph.get(language)?.name ?? language;
  const word = new RegExp(`\\b${name.replace(/[^\w ]/g, "")}\\b`, "i");
  const listed = profile.languages.find((l) => word.test(l) || graph.lookup(l)?.id === language);
  if (listed) return listed;
  const said = lines.find((l) => l.source !== "skill" && word.test(l.text));
  if (said) return said.text;
  // A language the person names as a skill is their claim; one named only in a sentence copied
  // from the ad ("fluent Danish and English" pasted into a summary) is the ad's ask repeated.
  const skill = profile.skills.find((s) => s.skillId === language && !copiedFromAd(s));
  if (skill) return skill.name;
  if (language === "english" && writtenInEnglish(lines)) return "(the resume is written in English)";
  return undefined;
}

export function languageEvidence(
  requirement: TypedRequirement,
  profile: ProfileSnapshot,
  lines: EvidenceLine[],
  graph: SkillGraph,
): RequirementEvidence {
  const held = languageHeld(requirement.language!, profile, lines, graph);
  // A level the ad states ("C1 German") is met by that level or higher; a lower one written
  // beside the language ("German (B1)", "basic German") is not. No level written: the
  // person's word for it stands (a recruiter would ask at interview).
  const name = graph.get(requirement.language!)?.name ?? requirement.language!;
  // The level is read where it is written: the languages entry, or a line of the resume that
  // names the language (the parser keeps a languages entry's name only).
  const level = held
    ? [held, ...lines.filter((l) => l.source !== "skill" && names(l.text, name)).map((l) => l.text)]
        .map((t) => levelHeld(t, name))
        .find((x) => x !== undefined)
    : undefined;
  const short =
    requirement.languageLevel !== undefined && level !== undefined && level < requirement.languageLevel;
  return {
    requirement,
    similarity: held && !short ? 1 : 0,
    met: held !== undefined && !short,
    ...(held
      ? {
          quote: short
            ? `${held} (${levelName(level!)}, below the ${levelName(requirement.languageLevel!)} asked)`
            : held,
        }
      : {}),
  };
}
