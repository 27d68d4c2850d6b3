/**
 * The level said right beside one skill of a list: "advanced excel and basic sql", "excel
 * avançado e sql básico", "Excel fortgeschritten und SQL Grundkenntnisse". Found trying the chat
 * in Portuguese (lead26): both skills were added at the first level said in the message, and
 * English did the same. The words are the level words the planner already reads (slots.ts,
 * slot-words.ts) in the languages the chat understands.
 */
import type { Level } from "./slots.ts";

const WORDS: [string, Level][] = [
  ["expert|experto|experta|experte|especialista|fluent|fluente|flu[ií]do", "expert"],
  ["advanced|avanzad[oa]|avan[çc]ad[oa]|avanc[ée]e?|fortgeschritten\\w*|strong|proficient", "advanced"],
  [
    "intermediate|intermedi[oa]|intermedi[aá]ri[oa]|interm[ée]diaire|mittelstufe|mittel|decent|solid",
    "intermediate",
  ],
  [
    "beginner|basic|b[aá]sic[oa]|basique|novice|principiante|iniciante|d[ée]butante?|anf[aä]nger\\w*|grundkenntnisse",
    "beginner",
  ],
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The level said next to `name` in `text` (before it, or just after it), if any. */
export function levelBeside(name: string, text: string): Level | undefined {
  const n = escapeRegExp(name);
  for (const [words, level] of WORDS) {
    const before = new RegExp(
      `(?<![\\p{L}])(?:${words})(?:\\s+(?:in|en|em|de|do|da|at|with))?\\s+${n}(?![\\p{L}])`,
      "iu",
    );
    const after = new RegExp(
      `(?<![\\p{L}])${n}\\s+(?:(?:at|a|à|al|auf|no|na)\\s+)?(?:an?\\s+)?(?:${words})(?![\\p{L}])`,
      "iu",
    );
    if (before.test(text) || after.test(text)) return level;
  }
  return undefined;
}
