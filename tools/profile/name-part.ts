/**
 * One word of the stored name respelled ("my name is spelled Priyah with an h", "my surname is
 * spelt Okonkwo"): the person fixes a part, so the other parts stay. Without this a one-word
 * correction replaced "Priya Sharma" with "Priyah" (conv17u). The word replaced is the stored one
 * nearest in spelling; a word far from every stored one (a new name altogether) replaces nothing
 * here and the name is written whole, as before.
 */
import { editDistance } from "../text/edit-distance.ts";

/** The stored name with the word nearest to `part` respelled, or undefined when none is near. */
export function nameWithPartRespelled(stored: string | null, part: string): string | undefined {
  if (!stored || /\s/.test(part.trim())) return undefined;
  const words = stored.trim().split(/\s+/u);
  if (words.length < 2) return undefined;
  const wanted = part.trim().toLocaleLowerCase();
  const scored = words.map((w, i) => ({ i, d: editDistance(w.toLocaleLowerCase(), wanted, 4) }));
  const best = scored.reduce((a, b) => (b.d < a.d ? b : a));
  // Near: a letter or two added, dropped or changed, relative to the word's length.
  if (best.d === 0 || best.d > Math.max(1, Math.floor(wanted.length / 3))) return undefined;
  return words.map((w, i) => (i === best.i ? part.trim() : w)).join(" ");
}
