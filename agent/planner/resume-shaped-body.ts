/**
 * What follows a short line of the person's own ("use this one instead:", "updated version
 * below") keeps a resume's shape even when it is too short for the resume reader to know it
 * alone: a person's name on its own line first, a job's dates written as a span ("2014-present"),
 * and bullets or a resume's section label (conv13u, a blind12 kind: a pasted fragment under a line
 * that did not say "resume" was saved as one certificate entry). An ad has no name line first and
 * a dated span of its own work; a story is not written one item a line.
 */

/** A person's name alone on a line: two to four words, each capitalised or all capitals. */
const NAME_LINE = /^(?:[\p{Lu}][\p{L}'’.-]*)(?:\s+[\p{Lu}][\p{L}'’.-]*){1,3}$/u;
/** A line ending with a job's dates as a span: "Acme Co-op, 2014-present", "Clinic | 03/2019 - now". */
const DATED_SPAN =
  /[\p{L})]\s*[,|–—-]?\s*(?:\d{1,2}\/)?(?:19|20)\d{2}\s*(?:-|–|—|to)\s*(?:(?:\d{1,2}\/)?(?:19|20)\d{2}|present|now|current|today)\s*$/imu;
/** A bullet, or a resume's section label with a colon or alone on its line. */
const ITEM_OR_SECTION =
  /^\s*[-•*▪–]\s+\S|^\s*(?:certifications?|licen[cs]es?|skills|education|experience|work history|training)\s*:?/im;

export function resumeShapedBody(body: string): boolean {
  const lines = body
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length < 4) return false;
  return NAME_LINE.test(lines[0]!) && DATED_SPAN.test(body) && ITEM_OR_SECTION.test(body);
}
