/**
 * A side column's heading read in the middle of a job. Two-column resumes are often read row
 * band by row band (a converter that keeps rows, or a PDF whose full-width "WORK EXPERIENCE"
 * heading starts a band): the narrow column's "SKILLS" and its items come out after the
 * experience heading and before the job beside them. Taken as a heading, it ended the
 * experience section and the job under it was read as skills (issue 14: a data analyst's only
 * job lost, the fit said she had no experience). A list kind of section that holds a dated
 * job - a date range with a job title beside it - after an experience section, its own lines
 * before the job all short as a narrow column's are, is that column: it keeps its own lines, and
 * the experience resumes where the job's header starts. A full-width skills section of sentences
 * above a dated line is no column: what follows it there is under a heading not known.
 */
import { extractExperience } from "../fields/experience.ts";
import { titleScore } from "../fields/job-header.ts";
import type { SectionKind } from "../types.ts";

/** Kinds a side column holds that are lists, never read entry by entry with dates. */
const SIDE_COLUMN_KINDS = new Set<SectionKind>(["skills", "summary", "interests", "languages", "personal"]);

/** Widest line a side column holds (a third of a page of 10-point type). */
const COLUMN_WIDTH = 40;
const columnItem = (line: string) => line.length <= COLUMN_WIDTH && !/\p{Ll}[.!?]$/u.test(line.trim());

/**
 * Where, inside the lines of a `kind` section that comes right after an experience section,
 * a job of that experience starts (its header's first line); undefined when none does. The job
 * is read by the experience reader itself, so its header is what that reader would take.
 */
export function jobResumedAt(kind: SectionKind, body: readonly string[]): number | undefined {
  if (!SIDE_COLUMN_KINDS.has(kind)) return undefined;
  const job = extractExperience([...body]).find(
    (e) => (e.start !== undefined || e.current) && e.title !== undefined && titleScore(e.title) > 0,
  );
  if (job === undefined || !body.slice(0, job.lineFrom).every(columnItem)) return undefined;
  return job.lineFrom;
}
