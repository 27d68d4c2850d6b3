/**
 * How a resume writes its headings. A word that is a heading only sometimes ("Courses",
 * "Training", "Licenses": WEAK_HEADINGS in sections.ts) is taken as one when it looks like a
 * heading: in capitals or before a colon, or, when the resume writes at least two of its sure
 * headings in title case ("Experience", "Education"), alone on its line in the same title case.
 * Without that, "Courses" over a Coursera certificate left the certificate in the education
 * section above it, read as a degree (trial14 §11).
 */

/** "Courses", "Work Experience": every word opens with a capital, and the line is not all capitals. */
export function isTitleCaseLine(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 4 || line === line.toUpperCase()) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || /^(?:and|of|&|de|y|e|et|und)$/.test(w));
}

/** Whether at least two of the resume's sure headings are written alone in title case. */
export function writesTitleCaseHeadings(
  lines: readonly string[],
  isSureHeading: (line: string) => boolean,
): boolean {
  let n = 0;
  for (const l of lines) {
    const t = l.trim();
    if (t.length <= 40 && isTitleCaseLine(t) && isSureHeading(t) && ++n >= 2) return true;
  }
  return false;
}
