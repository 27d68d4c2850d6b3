/**
 * A noun of action and the verb it names are one word family (issue 13): ads ask in nouns —
 * "Strong negotiation skills", "Medication administration", "Stakeholder communication",
 * "Inventory management" — and resumes say what was done in verbs: "Negotiated renewals",
 * "Communicated weekly with…", "Managed stock". The duty key (data/taxonomy/duty-words.ts
 * `dutyWordKey`, a small suffix stripper) leaves "negotiation" and "negotiated" apart, and the
 * word vectors only half join them (cosine 0.62; "communication" / "communicated" 0.33, which
 * the learned word senses credit 0), so an ask said as a noun read the bullet that did it at
 * 0.14. English derives these nouns by a few fixed suffixes (-ion, -ation, -ment), an exact
 * format of the language, not a list of words: both forms are taken back to the root they
 * share. Roots shorter than five letters are left out ("nation" and "nat-ive" are not one family).
 * A Porter2 stemmer package would do this and more; none is installed (no npm install here).
 */
import { dutyWordKey } from "../../data/taxonomy/duty-words.ts";

/** Shorter roots join unrelated words ("station" / "stated"). */
const MIN_ROOT = 5;

/** The roots a word's family may share: its duty key, and for a noun of action the verb's. */
export function familyRoots(word: string): string[] {
  const key = dutyWordKey(word);
  const roots = new Set([key]);
  const w = word.toLowerCase();
  // negotiation -> negotiat (negotiated), documentation -> document (documented)
  if (w.endsWith("ation")) {
    roots.add(w.slice(0, -3));
    roots.add(w.slice(0, -5));
  }
  // supervision -> supervis (supervised), installation -> install (installed)
  else if (/[st]ion$/.test(w)) roots.add(w.slice(0, -3));
  // management -> manage -> manag (managed), placement -> plac (placed)
  if (w.endsWith("ment")) roots.add(dutyWordKey(w.slice(0, -4)));
  return [...roots].filter((r) => r.length >= MIN_ROOT || r === key);
}

/** Whether two words are one family by their roots. */
export function sameFamily(a: string, b: string): boolean {
  const roots = new Set(familyRoots(a));
  return familyRoots(b).some((r) => roots.has(r));
}
