/**
 * Readings decided by an exact shape of the message, whatever the intent model leans to (each
 * model rebuild moved these short messages between neighbouring intents, and they were asked back):
 * - "my German is C1 now, update that": a spoken language with a CEFR code (A1..C2) in a short
 *   statement is that language's level (update_skill's plan keeps it as the language's level);
 * - "je ne veux pas être soudeur mais recruteur": a role refused and another wished is the target
 *   (rejected-role.ts reads which).
 */
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { REFUSED_WISH, roleAfterGivingUp } from "./plans/rejected-role.ts";
import { skillWordsInEnglish } from "./skill-words-translated.ts";

const CEFR = /(?<![\p{L}\p{N}])[ABC][12](?![\p{L}\p{N}])/u;
/** A question, or words about a job's asks: "the ad wants German C1, do I qualify?" is no level of one's own. */
const ABOUT_A_JOB = /\?|\b(?:job|role|ad|posting|asks?|wants?|needs?|requires?|required|qualify|fit)\b/i;

function levelsOwnLanguage(raw: string): boolean {
  if (!CEFR.test(raw) || ABOUT_A_JOB.test(raw) || raw.split(/\s+/).length > 10) return false;
  const taxonomy = getTaxonomy();
  // "Englisch", "inglés": the taxonomy knows languages by their English names.
  return (skillWordsInEnglish(raw).match(/\p{L}+/gu) ?? []).some(
    (w) => taxonomy.lookup(w)?.category === "spoken_language",
  );
}

/** The intent the message's shape decides, or undefined when its shape decides none. */
export function formatReading(raw: string): string | undefined {
  if (levelsOwnLanguage(raw)) return "update_skill";
  // Only a wish refused ("don't want", "ne veux pas"): "never used Docker, but I'm good at Excel" gives up no role.
  if (REFUSED_WISH.test(raw) && roleAfterGivingUp(raw)) return "set_dream_job";
  return undefined;
}
