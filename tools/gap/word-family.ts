/**
 * A noun of action and the verb it names are one word family (issue 13): ads ask in nouns —
 * "Strong negotiation skills", "Medication administration", "Stakeholder communication",
 * "Inventory management" — and resumes say what was done in verbs: "Negotiated renewals",
 * "Communicated weekly with…", "Managed stock". The duty key (data/taxonomy/duty-words.ts
 * `dutyWordKey`, a small suffix stripper) leaves "negotiation" and "negotiated" apart, and the
 * word vectors only half join them (cosine 0.62; "communication" / "communicated" 0.33, which
 * the learned word senses credit 0), so an ask said as a noun read the bullet that did it at
 * 0.14. The Porter2 stemmer the role finder already uses (NLP.js StemmerEn) takes both forms to
 * one stem ("negoti", "communic", "manag"). Stems shorter than five letters are left out: they
 * join words of different families.
 */
import { StemmerEn } from "@nlpjs/lang-en-min";
import { dutyWordKey } from "../../data/taxonomy/duty-words.ts";

/** Shorter stems join unrelated words. */
const MIN_ROOT = 5;
const stemmer = new StemmerEn();

/** The roots a word's family may share: its duty key, and its Porter2 stem. */
export function familyRoots(word: string): string[] {
  const key = dutyWordKey(word);
  const stem = stemmer.stemWord(word.toLowerCase());
  return stem !== key && stem.length >= MIN_ROOT ? [key, stem] : [key];
}

/** Whether two words are one family by their roots. */
export function sameFamily(a: string, b: string): boolean {
  const roots = new Set(familyRoots(a));
  return familyRoots(b).some((r) => roots.has(r));
}
