/**
 * "The Downtown Clinic, Medical Dental Building": a piece after a comma that follows a job's own
 * employer on its line names where that employer sits (a building, a site, a wing), and the job
 * already names where it was held. Made a job of its own (by the field labeller or the employer
 * scorer), it showed a role with no title and no dates named "Medical Dental" (trial18).
 */
const wordsOf = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");

/** Whether the piece starting at `start` of `text` follows `employer` and a comma on its line. */
export function continuesEmployer(text: string, start: number, employer: string | undefined): boolean {
  if (!employer) return false;
  // Only the line's last few words before the piece are read (a line can be a whole resume).
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - employer.length - 20), start).trimEnd();
  const known = wordsOf(employer);
  const line = wordsOf(before);
  return before.endsWith(",") && known.length > 0 && (line === known || line.endsWith(` ${known}`));
}
