/**
 * "I'd like to go back part-time, maybe 20 hours a week, as a career advisor": how much the
 * person wants to work, said with the job they want. The role reader matched the whole sentence
 * and "part" made the target a Parts Salesperson (trial17 §1: a retiree); the kind of employment
 * was not kept either. The words of a kind of employment ("part-time", "Teilzeit", "mi-temps",
 * read by the one reader, tools/jobs/employment-types.ts) and the hours a week are taken out of
 * the target's text, and the kind is saved as a preference beside the target.
 */
import { employmentIn } from "../../tools/jobs/employment-types.ts";
import { looksLikePosting } from "../../tools/jobs/target.ts";
import type { PlannedCall } from "../tools/schemas.ts";

/** "maybe 20 hours a week", "about 15 hrs per week", "20 horas por semana", "20 Stunden pro Woche". */
const HOURS_A_WEEK =
  /(?:,\s*)?\b(?:maybe|about|around|roughly|up to|max(?:imum)?|like|unos|unas|environ|etwa|cerca de)?\s*\d{1,2}\s*(?:-|to|a)?\s*\d{0,2}\s*(?:hours?|hrs?|h|horas|heures|stunden)\s*(?:a|per|each|every|por|par|pro|la|por)?\s*(?:week|wk|semana|semaine|woche)\b/giu;

/** The shortest run of one to three words (with its joining hyphen) that names a kind of employment. */
function withoutEmploymentWords(text: string): string {
  let out = text;
  for (const size of [1, 2, 3]) {
    const words = out.split(/(\s+)/);
    for (let i = 0; i < words.length; i += 2) {
      const run = words.slice(i, i + size * 2 - 1).join("");
      const bare = run.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
      if (!bare || employmentIn(bare).length === 0) continue;
      // Only the run itself goes; its punctuation stays so the sentence still reads.
      const start = run.indexOf(bare);
      const kept = run.slice(0, start) + run.slice(start + bare.length);
      words.splice(i, size * 2 - 1, kept);
    }
    out = words.join("");
  }
  return out;
}

/** The text of a target without how much they want to work, tidied. */
export function targetWithoutWorkPattern(text: string): string {
  return withoutEmploymentWords(text.replace(HOURS_A_WEEK, " "))
    .replace(/\s+([,.!?;])/g, "$1")
    .replace(/,(?:\s*,)+/g, ",")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/**
 * The plan's set_dream_job calls with the kind of employment taken out of their text, and that
 * kind saved as a preference when the plan does not save it already.
 */
export function splitWorkPatternFromTarget(planned: PlannedCall[]): PlannedCall[] {
  const out: PlannedCall[] = [];
  const kinds = new Set<string>();
  for (const c of planned) {
    const text = c.name === "set_dream_job" && typeof c.args.text === "string" ? c.args.text : undefined;
    // A pasted ad's "Job type: Full-time" is the job's, not what the person asks for; a short ad
    // pasted above the person's line ("… Austin, TX. Full time.") is no posting to looksLikePosting
    // but comes in lines, while a wish said with its hours is one sentence.
    const pasted = text !== undefined && (looksLikePosting(text) || text.trim().includes("\n"));
    const said = text && !pasted ? employmentIn(text) : [];
    if (!text || said.length === 0) {
      out.push(c);
      continue;
    }
    for (const k of said) kinds.add(k);
    const rest = targetWithoutWorkPattern(text);
    out.push(rest.length >= 2 ? { ...c, args: { ...c.args, text: rest } } : c);
  }
  if (kinds.size === 0) return planned;
  const saved = out.find((c) => c.name === "set_preferences");
  if (saved && Array.isArray(saved.args.employment)) return out;
  if (saved) saved.args = { ...saved.args, employment: [...kinds] };
  else out.push({ name: "set_preferences", args: { employment: [...kinds] } });
  return out;
}
