/**
 * "excel really well", "a bit of python", "i know some sql": how well, said around one skill
 * of a list. Found trying the chat as a new graduate (trial12f): "i know excel really well and
 * a bit of python" added skills named "excel really well" and "bit of python", both at
 * intermediate. Each item of the list keeps its own level; the words saying it are not the name.
 */
import type { Level } from "./slots.ts";

/** Words before the name: [pattern, level]. Longest first. */
const BEFORE: [RegExp, Level][] = [
  [
    /^(?:i\s+(?:also\s+)?(?:know|use|can use|do)\s+)?(?:(?:a\s+)?(?:little\s+|tiny\s+)?bit\s+of|a\s+little(?:\s+bit\s+of)?|some|basic|basics\s+of)\s+/i,
    "beginner",
  ],
  [/^(?:i\s+(?:also\s+)?(?:know|use)\s+)?(?:a\s+lot\s+of|lots\s+of|tons\s+of|loads\s+of)\s+/i, "advanced"],
  [/^(?:a\s+fair\s+bit\s+of|a\s+decent\s+amount\s+of)\s+/i, "intermediate"],
  // The same in the other languages the chat reads: "un poco de", "un peu de", "ein bisschen", "um pouco de".
  [
    /^(?:un\s+poco\s+de|algo\s+de|un\s+peu\s+de|ein\s+bisschen|etwas|um\s+pouco\s+de|thoda\s+sa)\s+/i,
    "beginner",
  ],
];

/** Words after the name: [pattern, level]. */
const AFTER: [RegExp, Level][] = [
  [
    /\s+(?:really|very|super|extremely)\s+well$|\s+inside\s+out$|\s+like\s+the\s+back\s+of\s+my\s+hand$|\s+a\s+lot$/i,
    "advanced",
  ],
  [/\s+(?:pretty\s+|quite\s+|fairly\s+)?well$|\s+decently$|\s+(?:ok|okay)(?:ish)?$/i, "intermediate"],
  [/\s+(?:a\s+(?:little\s+)?bit|a\s+little|kinda|sort\s+of|not\s+much)$/i, "beginner"],
];

/** "I know" said again before the next item of the list ("… and i know some python"). */
const KNOW_AGAIN = /^i\s+(?:also\s+)?(?:know|use|can use|do)\s+/i;

/** The skill's name without the words saying how well, and the level they say, if any. */
export function skillAmount(item: string): { name: string; level?: Level } {
  let name = item.trim();
  let level: Level | undefined;
  for (const [pattern, said] of BEFORE)
    if (pattern.test(name)) {
      name = name.replace(pattern, "");
      level = said;
      break;
    }
  name = name.replace(KNOW_AGAIN, "");
  for (const [pattern, said] of AFTER)
    if (pattern.test(name)) {
      name = name.replace(pattern, "");
      level ??= said;
      break;
    }
  return { name: name.trim(), ...(level ? { level } : {}) };
}
