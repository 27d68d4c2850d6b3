/**
 * Experience entries. Each job is anchored on its date range; its header (title,
 * company, location) is the short lines right before the dates - or right after them
 * when the resume writes dates first ("2004-2007  Fleet Advertising Ltd.  Advertiser").
 * Everything up to the next job's header is that job's bullets.
 */

import { BULLET_RE, stripBullet } from "../text/normalize.ts";
import type { ParsedExperience } from "../types.ts";
import { type DateRange, findDateRanges } from "./dates.ts";
import { readJobHeader, titleScore } from "./job-header.ts";

export interface ExperienceWithLines extends ParsedExperience {
  /** Line range [from, to) inside the section lines, so callers can map skills to jobs. */
  lineFrom: number;
  lineTo: number;
}

function isHeaderish(line: string): boolean {
  if (BULLET_RE.test(line) || line.length > 110 || /^\{\s/.test(line)) return false;
  if (line.split(/\s+/).length > 14) return false;
  // "Software Eng Lead, Google, Mountain View." ends with a period but is still a header.
  return (
    !/[.;:]$/.test(line) ||
    /\b(?:ltd|inc|co|corp|pvt)\.$/i.test(line) ||
    (line.includes(",") && titleScore(line.split(",")[0]) > 0) ||
    isNameWithPeriod(line)
  );
}

/**
 * A name closed by a full stop, as some resumes write each header field: "Trailer Park,
 * Hollywood, California." / "Freelance Android Developer." under a job's dates. Short, every
 * word capitalised (joiners aside), nothing else ends a sentence in it: no duty reads so.
 */
function isNameWithPeriod(line: string): boolean {
  if (!/[^.]\.$/.test(line) || /[.;:!?]\s/.test(line)) return false;
  const ws = line
    .slice(0, -1)
    .split(/[\s,]+/)
    .filter((w) => /\p{L}/u.test(w));
  return (
    ws.length > 0 && ws.length <= 8 && ws.every((w) => JOINERS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w))
  );
}

interface Anchor {
  line: number;
  /** Lines the date range is written on: 2 when its start and end were cut apart. */
  lines: number;
  range: DateRange;
  rest: string;
}

/**
 * A range whose two ends sit on consecutive lines: "Mar 2008" / "Present", or "Rapid City, SD |
 * January 2015" / "Present". A flattened resume whose separator was lost ("Mar 2008  Present")
 * or a PDF that gives each date its own text item is cut there, and each half alone is no range
 * (the jobs were undated and a marketer's 7 years read as none). The second line must hold
 * nothing but the range's end.
 */
function splitRange(line: string, next: string | undefined): { range: DateRange; rest: string } | undefined {
  if (next === undefined || line.length > 160 || next.trim().length > 20) return undefined;
  const head = line.trimEnd();
  const joined = `${head} ${next.trim()}`;
  const r = findDateRanges(joined).find((x) => x.index < head.length && x.index + x.length > head.length);
  if (!r || r.index + r.length < joined.replace(/[\s).,]+$/, "").length) return undefined;
  // Two bare years on consecutive lines are as often one list item's year above the next
  // item's ("2013" / "2013" in a portfolio) as a range: only an open end or a month says range.
  if (!r.current && !(r.start?.includes("-") || r.end?.includes("-"))) return undefined;
  return { range: r, rest: cleanRest(head.slice(0, r.index)) };
}

/**
 * Only where no line holds a whole range: a section that writes its ranges on one line
 * elsewhere has stray dates on neighbouring lines that are no range (one entry's end year
 * above the next entry's start).
 */
function splitRangeAnchors(lines: string[]): Anchor[] {
  const anchors: Anchor[] = [];
  for (let i = 0; i < lines.length - 1; i++) {
    const split = splitRange(lines[i]!, lines[i + 1]);
    if (!split) continue;
    anchors.push({ line: i, lines: 2, range: split.range, rest: split.rest });
    i++;
  }
  return anchors;
}

/**
 * The words on either side of a line's dates, the dates' place kept as a separator: on a line
 * whose breaks were lost ("Charge Nurse (2017 - present) Piedmont Crest Hospital" or "Atlanta, GA
 * 2017 - present Supervised a unit") the dates stood between two fields, and joined by a space
 * the fields ran together into one title or employer.
 */
function aroundDates(before: string, after: string): string {
  // Dates a sentence gives ("Worked for X from May 2009 to ...", "since Oct 2008") part nothing.
  if (/\b(?:from|since|between|during|to|in|on|for)\s*$/i.test(before)) return `${before} ${after}`;
  // The brackets and dashes around the dates go with them; a bracket the words themselves close
  // or open stays ("Student Trainee (Co-Op)").
  const left = before.replace(/[\s:,([\-–|]+$/, "");
  const right = after.replace(/^[\s:,)\]\-–|.]+/, "");
  return left && right ? `${left} | ${right}` : `${before} ${after}`;
}

const cleanRest = (text: string) =>
  text
    .replace(/^[\s:,()\-–|]+|[\s:,()\-–|]+$/g, "")
    .replace(/\(\s*\)/g, "")
    .trim();

/**
 * A bullet that tells a story with its dates ("* From June 2016 to September 2016 was trained
 * for the EMEA region and ...") is a duty of the job above, not a job of its own: a header's
 * words beside its dates are a title, an employer and a place, never a dozen words.
 */
function isDatedDuty(line: string, rest: string): boolean {
  return BULLET_RE.test(line) && rest.split(/\s+/).length > 9;
}

function anchorsOf(lines: string[]): Anchor[] {
  const anchors: Anchor[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length > 160) continue;
    const ranges = findDateRanges(line);
    if (ranges.length === 0) continue;
    const r = ranges[0];
    const rest = cleanRest(aroundDates(line.slice(0, r.index), line.slice(r.index + r.length)));
    if (isDatedDuty(line, rest)) continue;
    anchors.push({ line: i, lines: 1, range: r, rest });
  }
  return anchors.length > 0 ? anchors : splitRangeAnchors(lines);
}

export function extractExperience(lines: string[]): ExperienceWithLines[] {
  const anchors = anchorsOf(lines);
  if (anchors.length === 0) return undatedEntries(lines);
  // Dates-first layout: nothing header-like sits between the section start and the first date.
  const first = anchors[0];
  const before = lines.slice(0, first.line).filter(isHeaderish);
  const datesFirst =
    before.length === 0 && (first.rest === "" || titleScore(first.rest) > 0 || first.rest.length > 3);
  const entries: ExperienceWithLines[] = [];
  const bodyStarts: number[] = [];
  for (let a = 0; a < anchors.length; a++) {
    const anchor = anchors[a];
    const nextAnchor = anchors[a + 1]?.line ?? lines.length;
    const prevAnchor = a > 0 ? anchors[a - 1].line : -1;
    const header: string[] = [];
    let from = anchor.line;
    let bodyFrom = anchor.line + anchor.lines;
    let employerAfter: string | undefined;
    if (datesFirst) {
      if (anchor.rest) header.push(anchor.rest);
      while (
        bodyFrom < nextAnchor &&
        header.length < 3 &&
        isHeaderish(lines[bodyFrom]) &&
        titleOrCompany(lines[bodyFrom], header)
      ) {
        header.push(lines[bodyFrom]);
        bodyFrom++;
      }
    } else {
      let h = anchor.line - 1;
      // Lines the previous job took as its header after its dates are not this job's.
      const floor = a > 0 ? Math.max(prevAnchor, bodyStarts[a - 1] - 1) : -1;
      while (h > floor && header.length < 3 && isHeaderish(lines[h])) {
        header.unshift(lines[h]);
        h--;
      }
      from = h + 1;
      if (anchor.rest) header.push(anchor.rest);
      // "Company, City" / "March 2009 to present" / "Software Engineer": the title may follow the dates.
      const after = lines[bodyFrom];
      if (
        after &&
        bodyFrom < nextAnchor &&
        isHeaderish(after) &&
        titleScore(after) > 0 &&
        !readJobHeader(header).title
      ) {
        header.push(after);
        bodyFrom++;
      }
      // "Office Assistant" / "Jan 2018 - Mar 2020" / "Greenfield Dental Group": the employer
      // may follow the dates too; left there, the next job's header took it.
      const next = lines[bodyFrom];
      if (next && bodyFrom < nextAnchor && isEmployerName(next) && !readJobHeader(header).company) {
        employerAfter = next;
        bodyFrom++;
      }
    }
    bodyStarts.push(bodyFrom);
    // Read apart from the lines above: a duty line there would outscore the name as "employer".
    const entry = buildEntry(header, anchor.range, from, nextAnchor);
    if (employerAfter) {
      const after = readJobHeader([employerAfter]);
      entry.company = after.company ?? employerAfter;
      entry.location ??= after.location;
    }
    entries.push(entry);
  }
  // In header-first layout a job's bullets stop where the next job's header starts.
  for (let i = 0; i < entries.length; i++) {
    const next = entries[i + 1];
    if (next && next.lineFrom < entries[i].lineTo) entries[i].lineTo = next.lineFrom;
    entries[i].bullets = joinWrappedBullets(lines.slice(bodyStarts[i], entries[i].lineTo));
  }
  for (let i = 0; i < entries.length; i++)
    if (!entries[i].title) entries[i].title = labelledRole(lines.slice(bodyStarts[i], entries[i].lineTo));
  return entries.filter((e) => e.title || e.company);
}

/** Words a line cannot end a sentence on: the rest of it is on the next line. */
const OPEN_END_WORDS =
  /\b(?:the|a|an|and|or|of|to|for|in|on|at|by|with|from|as|was|were|is|are|be|been|my|our|their|its|this|that|which|who)$/i;

/**
 * A job's body as its duties: where the body marks its duties with bullets, a line without a
 * bullet that carries on an unfinished one (it ends on "the", or the next line starts in lower
 * case or with a quote) is the same duty wrapped by the page's width, not a duty of its own
 * ("... and was given the" / "title" / "'Young achiever'." was three duties, one a bare "title").
 */
function joinWrappedBullets(body: string[]): string[] {
  const bulleted = body.some((l) => BULLET_RE.test(l));
  const out: string[] = [];
  let openBullet = false;
  for (const line of body) {
    const text = stripBullet(line);
    if (text.length === 0) continue;
    const prev = out[out.length - 1];
    const carriesOn =
      bulleted &&
      openBullet &&
      prev !== undefined &&
      !BULLET_RE.test(line) &&
      !/[.!?;:]["'”’)]?$/.test(prev) &&
      (OPEN_END_WORDS.test(prev) || /^[\p{Ll}"'“‘(]/u.test(text));
    if (carriesOn) out[out.length - 1] = `${prev} ${text}`;
    else {
      out.push(text);
      openBullet = BULLET_RE.test(line);
    }
  }
  return out;
}

const JOINERS = new Set(["of", "and", "the", "for", "de", "&"]);

/**
 * A short line that reads as a name alone: every word capitalised (joiners aside), no digits,
 * no sentence end, no title word ("Greenfield Dental Group", "Northwind Ferries, Bergen").
 */
function isEmployerName(line: string): boolean {
  // "Job Profile: Project Planning" is a labelled field, not a name.
  if (BULLET_RE.test(line) || /\d|[.;:!?]$|:\s/.test(line) || titleScore(line) > 0) return false;
  const ws = line.split(/[\s,]+/).filter((w) => /\p{L}/u.test(w));
  if (ws.length === 0 || ws.length > 6) return false;
  return ws.every((w) => JOINERS.has(w.toLowerCase()) || /^[\p{Lu}]/u.test(w));
}

/** "Role: Business Analyst, Testing and Bug Fixing." inside a job's body names the title. */
function labelledRole(body: string[]): string | undefined {
  for (const line of body.slice(0, 15)) {
    const m = /^(?:role|designation|position|title|job title)\s*[:\-–]\s*(.+)$/i.exec(stripBullet(line));
    if (!m) continue;
    const parts = m[1].split(/\s*[,;(]\s*/).map((p) => p.replace(/[.]$/, "").trim());
    const titled = parts.find((p) => titleScore(p) > 0);
    if (titled) return titled;
  }
  return undefined;
}

/** After a dates-first anchor, take a following short line only while it adds a missing field. */
function titleOrCompany(line: string, header: string[]): boolean {
  if (header.length === 0) return true;
  const h = readJobHeader(header);
  return !h.title || !h.company ? line.split(/\s+/).length <= 8 : false;
}

function buildEntry(header: string[], range: DateRange, from: number, to: number): ExperienceWithLines {
  const h = readJobHeader(header);
  const fields = [h.title, h.company, range.start].filter(Boolean).length;
  return {
    title: h.title,
    company: h.company,
    location: h.location,
    start: range.start,
    end: range.current ? undefined : range.end,
    current: range.current,
    bullets: [],
    skills: [],
    confidence: Math.round((0.4 + fields * 0.18) * 100) / 100,
    lineFrom: from,
    lineTo: to,
  };
}

/** A section with job titles but no dates at all: one entry per title-looking line. */
function undatedEntries(lines: string[]): ExperienceWithLines[] {
  const entries: ExperienceWithLines[] = [];
  lines.forEach((line, i) => {
    if (!isHeaderish(line) || titleScore(line) === 0) return;
    const h = readJobHeader([line]);
    if (!h.title) return;
    const prev = entries[entries.length - 1];
    if (prev) prev.lineTo = i;
    entries.push({
      ...h,
      bullets: [],
      skills: [],
      current: false,
      confidence: 0.4,
      lineFrom: i,
      lineTo: lines.length,
    });
  });
  for (const e of entries) e.bullets = lines.slice(e.lineFrom + 1, e.lineTo).map(stripBullet);
  return entries;
}
