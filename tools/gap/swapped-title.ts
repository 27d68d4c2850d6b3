/**
 * A title O*NET does not list, placed through the title it becomes when one of its words is
 * swapped for a word the same occupations' titles use for it (data/roles/title-swaps.ts, from
 * ESCO and O*NET): "Warehouse Lead" is no O*NET title, but ESCO files "warehouse lead" beside
 * "warehouse supervisor" and O*NET lists "Warehouse Supervisor" (issue 13: the warehouse lead
 * read as no occupation at all, so no kindred reading could start). The swap seen in the most
 * occupations that lands on a listed title wins; ties are all kept. A one-word title is not
 * swapped: with its only word gone nothing of it is left.
 */
import { titleWords } from "../../data/roles/index.ts";
import { titleWordSwaps } from "../../data/roles/title-swaps.ts";
import { occupationCodesOf } from "./title-kinship.ts";

/** The occupations of the nearest listed title one word away, [] when none is. */
export function swappedTitleCodes(title: string): string[] {
  const words = titleWords(title);
  if (words.length < 2) return [];
  let best = 0;
  let codes = new Set<string>();
  words.forEach((word, at) => {
    for (const [other, seen] of titleWordSwaps(word)) {
      if (seen < best) break;
      if (words.includes(other)) continue;
      const found = occupationCodesOf(words.map((w, k) => (k === at ? other : w)).join(" "));
      if (found.length === 0) continue;
      if (seen > best) codes = new Set();
      best = seen;
      for (const c of found) codes.add(c);
    }
  });
  return [...codes].sort();
}
