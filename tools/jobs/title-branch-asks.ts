/**
 * The asks of the branch of an occupation the person named. O*NET files many jobs under one
 * occupation, and its titles name the branches ("Food Safety Inspector", "Logging Operations
 * Inspector" and "Farm Inspector" are all Agricultural Inspectors). The occupation's field
 * competences cover every branch, so a described food safety inspector was asked to "comply
 * with farm regulations" and "monitor logging operations" (a new user's trial, issue 13, F13.1).
 * When the person said a title of a branch (words beyond the occupation's own name), an ask
 * that shares no word with that title or the occupation's name and names a word of another of
 * its titles is another branch's, and is left out.
 */
import type { RoleTitle } from "../../data/roles/types.ts";

const MINOR = new Set(["a", "an", "and", "of", "the", "to", "for", "with", "on", "in", "at", "or", "by"]);

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 2 && !MINOR.has(w))
    .map((w) => (w.length > 3 && /[^s]s$/.test(w) ? w.slice(0, -1) : w));

/** One word form of another: all but the last letter of the shorter shared ("nurse", "nursing"; "inspect", "inspector"). */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const short = Math.min(a.length, b.length);
  let i = 0;
  while (i < short && a[i] === b[i]) i++;
  return i >= 4 && i >= short - 1;
}

const has = (list: readonly string[], w: string) => list.some((x) => sameStem(x, w));

export function asksOfBranchSaid(
  asks: readonly string[],
  said: string,
  occupationTitle: string,
  titles: readonly RoleTitle[],
): string[] {
  const saidWords = words(said);
  const own = words(occupationTitle);
  // A title in the occupation's own words ("head chef" of Chefs and Head Cooks) names no branch.
  if (saidWords.every((w) => has(own, w))) return [...asks];
  // Words that name a branch: in some title of the occupation, not in its own name, not said.
  const branch = titles.flatMap(([t]) => words(t)).filter((w) => !has(own, w) && !has(saidWords, w));
  return asks.filter((ask) => {
    const w = words(ask);
    if (w.some((x) => has(saidWords, x) || has(own, x))) return true;
    return !w.some((x) => has(branch, x));
  });
}
