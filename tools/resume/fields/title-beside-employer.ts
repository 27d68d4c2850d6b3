/**
 * A job read as an employer alone (the field labeller's, or the employer scorer's) whose line
 * also names the title: "Microsoft, Product Manager, Redmond, WA 2006", "Cheesecake Factory
 * Restaurant, Waiter, Huntington Beach, CA". The line rules read such a line only beside a date
 * range in an experience section, so with a lone year, a season, or under another heading the
 * job kept its employer and lost its title. The line is read with the job-header reader the
 * rules use; its title is taken only when that reader finds the same employer on the line, so
 * a line where the name stands in a sentence or beside another employer gives nothing.
 */
import type { ParsedExperience } from "../types.ts";
import { readJobHeader, titleScore } from "./job-header.ts";
import { sameThing } from "./learned-entries.ts";

/** Longer lines are prose, not a job's header. */
const MAX_HEADER_LINE = 160;

/** The line's fields: split where a run of two or more spaces sets them apart. */
const headerLines = (line: string) =>
  line
    .split(/\s{2,}/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The header's title when it reads as one: after a label's colon ("1989 to 1991: Lecturer"; a
 * label whose value is no title, "Representative Clients: ...", gives none), starting with a
 * letter, brackets closed, no comma (a place or a second field ran into it), at most 6 words.
 */
function titleOf(read: string): string | undefined {
  const colon = read.lastIndexOf(":");
  const title = colon < 0 ? read : read.slice(colon + 1).trim();
  if (colon >= 0 && titleScore(title) === 0) return undefined;
  if (!/^\p{L}/u.test(title) || title.includes(",") || title.split(/\s+/).length > 6) return undefined;
  const opened = (title.match(/[([{]/g) ?? []).length;
  return opened === (title.match(/[)\]}]/g) ?? []).length ? title : undefined;
}

function titleOnLine(company: string, lines: string[]): string | undefined {
  for (const line of lines) {
    if (line.length > MAX_HEADER_LINE || !line.includes(company)) continue;
    const header = readJobHeader(headerLines(line));
    if (!header.company || !header.title || !sameThing(header.company, company)) continue;
    const title = titleOf(header.title);
    if (title && !sameThing(title, company)) return title;
  }
  return undefined;
}

/** Gives employer-only jobs (no title, no dates) the title their employer's line names; in place. */
export function withTitlesBesideEmployers(
  experience: ParsedExperience[],
  lines: string[],
): ParsedExperience[] {
  for (const job of experience) {
    if (!job.company || job.title || job.start || job.end) continue;
    const title = titleOnLine(job.company, lines);
    if (
      title &&
      !experience.some(
        (other) => other.title && sameThing(other.title, title) && other.company === job.company,
      )
    )
      job.title = title;
  }
  return experience;
}
