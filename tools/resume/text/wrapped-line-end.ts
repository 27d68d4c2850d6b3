/**
 * The last words of a wrapped sentence are no heading: a paragraph that wraps before its last
 * word leaves "skills." or "experience" alone on a line, and read as a heading it ended the
 * section there, taking the lines below (often a job's employer lines) into a skills section
 * (issue 14, resume14x's note). A heading does not end in a full stop nor start in lower case
 * after a line that runs on (long, not closed by a stop, colon or semicolon).
 */
export function endsWrappedSentence(line: string, prev: string | undefined): boolean {
  if (!prev) return false;
  const before = prev.trim();
  if (before.length < 30 || /[.:;!?]$/.test(before) || before === before.toUpperCase()) return false;
  const trimmed = line.trim();
  return /[^.]\.$/.test(trimmed) || /^\p{Ll}/u.test(trimmed);
}
