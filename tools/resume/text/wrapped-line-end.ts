/**
 * The last words of a wrapped sentence are no heading: a paragraph that wraps before its last
 * word leaves "skills." or "experience" alone on a line, and read as a heading it ended the
 * section there, taking the lines below (often a job's employer lines) into a skills section
 * (issue 14, resume14x's note). A heading does not end in a full stop, nor start in lower case
 * after a line that runs on (long, mostly lower-case words, not closed by a stop, colon or
 * semicolon) — unless the resume writes its headings in lower case (`lowerCaseHeadings`).
 */
export function runsOn(prev: string | undefined): boolean {
  const before = prev?.trim() ?? "";
  if (before.length < 30 || /[.:;!?]$/.test(before)) return false;
  const words = before.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 > words.length;
}

export function endsWrappedSentence(
  line: string,
  prev: string | undefined,
  lowerCaseHeadings: boolean,
): boolean {
  if (!runsOn(prev)) return false;
  const trimmed = line.trim();
  return /[^.]\.$/.test(trimmed) || (!lowerCaseHeadings && /^\p{Ll}/u.test(trimmed));
}

/**
 * Whether the resume writes headings in lower case ("education", "languages"): a lower-case
 * line that `isHeading` takes, standing after a line that does not run on.
 */
export function writesLowerCaseHeadings(
  lines: readonly string[],
  isHeading: (line: string) => boolean,
): boolean {
  return lines.some((l, i) => /^\p{Ll}/u.test(l.trim()) && !runsOn(lines[i - 1]) && isHeading(l.trim()));
}
