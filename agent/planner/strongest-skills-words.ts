/**
 * The reply to "what are my strongest skills?": the top few as the profile ranks them (level,
 * then experience behind it, then years — agent/tools/skills-tools.ts orders them), each with
 * what backs it, and an honest word when nothing stands out yet.
 */
import type { ToolResults } from "../tools/results.ts";
import { listWords } from "./variety.ts";

type Listed = ToolResults["show_skills"]["skills"][number];

const backing = (s: Listed) =>
  [
    s.proficiency,
    s.validated ? "backed by your experience" : "",
    typeof s.years === "number" ? `${s.years} yr` : "",
  ]
    .filter(Boolean)
    .join(", ");

export function strongestSkills(skills: readonly Listed[]): string {
  const top = skills.slice(0, 3);
  const standsOut = top.some(
    (s) => s.validated || s.proficiency === "advanced" || s.proficiency === "expert",
  );
  if (!standsOut)
    return `Nothing stands out yet: every skill on your profile is at ${top[0]?.proficiency ?? "beginner"} level or listed without experience behind it. Add the roles where you used them (or your resume), or tell me a level, like "I'm advanced in Excel".`;
  return `Your strongest skills: ${listWords(
    top.map((s) => `${s.name} (${backing(s)})`),
    3,
  )} — ranked by the level on your profile, then the experience behind it. The full list is below, strongest first.`;
}
