/**
 * Word classes added to what the intent model reads. The classifier learns from words,
 * so "put kotlin down too" says nothing to it when no example names Kotlin; with one
 * class word for "a skill the taxonomy knows" every skill name in the examples teaches
 * every other (measured: frozen split 0.817 -> 0.862, k-fold CV up, see the issue-12
 * note). The name itself stays in the text, so "is python on my list" still reads it.
 */
import { getTaxonomy } from "../../../data/taxonomy/index.ts";
import { normalizeKey } from "../../../data/taxonomy/normalize.ts";

/** The class word: no language has it, so it only ever means "a skill was named here". */
export const SKILL_WORD = "zzskill";

/** Short words the taxonomy also lists as skills ("r", "c", "go" read as verbs too often). */
const NOT_ALONE = new Set(
  "i me my a an the it to of and or in on for is am are be do at so too also go r c d v x".split(" "),
);

const clean = (w: string) => w.replace(/[^\p{L}\p{N}+#.]/gu, "").replace(/\.+$/, "");

function known(phrase: string): boolean {
  return getTaxonomy().byNormalizedKey(normalizeKey(phrase)) !== undefined;
}

/** True when the (normalised) message names a skill the taxonomy knows, as one or two words. */
export function namesSkill(words: string): boolean {
  const ws = words.split(/\s+/).map(clean).filter(Boolean);
  for (let i = 0; i < ws.length; i++) {
    if (i + 1 < ws.length && known(`${ws[i]} ${ws[i + 1]}`)) return true;
    if (!NOT_ALONE.has(ws[i]!) && known(ws[i]!)) return true;
  }
  return false;
}

/** The message with its class words appended. */
export function withWordClasses(words: string): string {
  return namesSkill(words) ? `${words} ${SKILL_WORD}` : words;
}
