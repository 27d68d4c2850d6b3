/**
 * A heading whose capitals a PDF spaced out unevenly: "P ROFE SSI ONAL E XPER IENCE" (small
 * capitals drawn as separate runs, read back with spaces inside the words). headings.ts joins a
 * lone capital to the word after it ("P ROFESSIONAL"), but these breaks fall anywhere, so the
 * heading was missed, the jobs under it stayed in the section above, and the heading line itself
 * was read as an employer (training split, branch resume14o). Only a line in capitals with a lone
 * letter in it is read this way; "CONTINUED" after a heading repeated on the next page is dropped.
 */

/** The line's letters with every space removed, or null when it is not a letter-spaced capitals line. */
export function letterSpacedKey(line: string): string | null {
  if (line.length > 80 || line !== line.toUpperCase() || !/(?:^|\s)\p{L}\s\p{L}/u.test(line)) return null;
  const letters = line
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^\p{L}]+/gu, "");
  return letters.replace(/continued$/, "") || null;
}
