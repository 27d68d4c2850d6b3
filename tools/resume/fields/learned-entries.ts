/**
 * Jobs and schools the learned labeller (tools/resume/labeller) finds that the line rules
 * did not: a resume that arrives as a wall of text, or a PDF that lost its line structure,
 * still names its titles, employers, degrees and schools. A title and an employer close
 * together become one job; a degree and a school close together one education entry.
 * Anything the rules already read (same words) is not repeated.
 */

import type { LabelledSpan } from "../labeller/index.ts";
import { matchHeading } from "../text/headings.ts";
import type { ParsedEducation, ParsedExperience, ResumeSection, SectionKind } from "../types.ts";
import { findDateRanges } from "./dates.ts";
import { findDegree } from "./degrees.ts";
import { continuesEmployer } from "./employer-continuation.ts";
import { inProse } from "./prose-span.ts";

/** Tokens between two spans that still read as one entry ("Java Developer at Infosys"). */
const PAIR_DISTANCE = 12;
export const LEARNED_CONFIDENCE = 0.5;

export const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
export const clean = (s: string) => s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.)]+$/gu, "").trim();

/** Whether two values name the same thing: one's words inside the other's. */
export function sameThing(a: string, b: string): boolean {
  const wa = ` ${words(a).join(" ")} `;
  const wb = ` ${words(b).join(" ")} `;
  return wa.trim() !== "" && wb.trim() !== "" && (wa.includes(wb) || wb.includes(wa));
}

/** Sections whose names are never jobs or schools (a certification is not a job title). */
const NOT_ENTRIES = new Set<SectionKind>([
  "skills",
  "certifications",
  "languages",
  "interests",
  "references",
]);

/**
 * Spans worth reading: not a heading, not inside a section that lists other things, not a
 * title in a projects section (a beam-trained model tags project names such as "Route
 * Planner" as titles; dropping them: 3-fold CV designations precision up, F1 the same), and
 * a job title or employer that is not written as a degree ("Diploma in Ad Making").
 */
export function usableSpans(spans: LabelledSpan[], sections: ResumeSection[]): LabelledSpan[] {
  return spans.filter((s) => {
    if (matchHeading(s.text) || words(s.text).length === 0) return false;
    if ((s.field === "DESIG" || s.field === "COMP") && findDegree(s.text)?.index === 0) return false;
    const section = sections.find((x) => s.start >= x.start && s.start < x.end);
    if (s.field === "DESIG" && section?.kind === "projects") return false;
    return !section || !NOT_ENTRIES.has(section.kind);
  });
}

const known = (values: (string | undefined)[], v: string) => values.some((k) => k && sameThing(k, v));

interface Pair {
  first?: LabelledSpan;
  second?: LabelledSpan;
}

/** Spans of two fields, in order, paired when they sit within PAIR_DISTANCE tokens. */
function pairUp(spans: LabelledSpan[], a: string, b: string): Pair[] {
  const out: Pair[] = [];
  const relevant = spans.filter((s) => s.field === a || s.field === b);
  for (let i = 0; i < relevant.length; i++) {
    const s = relevant[i]!;
    const next = relevant[i + 1];
    if (next && next.field !== s.field && next.token - s.token <= PAIR_DISTANCE) {
      out.push(s.field === a ? { first: s, second: next } : { first: next, second: s });
      i++;
    } else out.push(s.field === a ? { first: s } : { second: s });
  }
  return out;
}

/**
 * New (first, second) pairs of two fields: pairs whose values the rules have not read
 * already (`firsts`, `seconds` hold what they read, and grow with what is taken here).
 */
function newPairs(
  spans: LabelledSpan[],
  fields: [string, string],
  firsts: (string | undefined)[],
  seconds: (string | undefined)[],
): { first?: string; second?: string }[] {
  const out: { first?: string; second?: string }[] = [];
  for (const pair of pairUp(spans, fields[0], fields[1])) {
    const first = pair.first && clean(pair.first.text);
    const second = pair.second && clean(pair.second.text);
    const newFirst = first && !known(firsts, first);
    const newSecond = second && !known(seconds, second);
    if (!newFirst && !newSecond) continue;
    firsts.push(first);
    seconds.push(second);
    out.push({ first: first || undefined, second: second || undefined });
  }
  return out;
}

/** Where a rule-read job sits in the text, to know a learned span belongs to it. */
export interface TextRange {
  start: number;
  end: number;
}

/** The resume's text, to see what surrounds a learned title. */
export interface SpanContext {
  text: string;
}

/** The line of `text` that holds offset `at`. */
function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const end = text.indexOf("\n", at);
  return text.slice(start, end < 0 ? text.length : end);
}

const hasDate = (s: string) => findDateRanges(s).length > 0;

/** The index of the rule-read job whose text holds the span, or -1. */
const jobHolding = (span: LabelledSpan, ranges: TextRange[]) =>
  ranges.findIndex((r) => span.start >= r.start && span.start < r.end);

/** Records a title as a position held within a rule-read job (not its own title, not twice). */
function addPosition(job: ParsedExperience | undefined, title: string): void {
  if (!job || (job.title && sameThing(job.title, title))) return;
  if (job.positions?.some((p) => sameThing(p.title, title))) return;
  job.positions = [...(job.positions ?? []), { title }];
}

/**
 * Whether a title the labeller found with no employer beside it, inside a job the rules read,
 * is a job of its own. Titles are also named in a job's duties ("Project Manager and Scrum
 * Master of the company's top products"): a position held there, not another job (a job the
 * person never held changes which roles they fit). Inside a rule-read job a lone title is a
 * job only with a date on its own line (a second dated position at the same place).
 *
 * Outside the rule-read jobs a lone title stays a job. Requiring a date near it or the
 * experience section there too (tried, issue 14) also dropped the titles of summaries and
 * objectives, which the labelled resumes count as the person's titles: 3-fold CV PDF
 * designations 0.728 -> 0.702, and the frozen split's fell under its floor.
 */
function loneTitleIsJob(span: LabelledSpan, ranges: TextRange[], text: string): boolean {
  return jobHolding(span, ranges) < 0 || hasDate(lineAt(text, span.start));
}

/**
 * A learned (title, employer) pair inside a rule-read job that names that job's own employer
 * under another title, with no date on its line: a role named in the job's duties ("Scrum
 * Master of Tracelink Products"), not another job.
 */
function roleWithinJob(
  rules: ParsedExperience[],
  ranges: TextRange[],
  pair: Pair,
  company: string,
  where: SpanContext,
): boolean {
  const job = rules[jobHolding(pair.first!, ranges)];
  return !!job?.company && sameThing(job.company, company) && !hasDate(lineAt(where.text, pair.first!.start));
}

/**
 * The rule-read job a learned (title, employer) pair describes: the one whose text holds the
 * pair, else one with the same title words - as long as the pair names nothing the job
 * already names differently (a second employer inside one long job is another job).
 */
function sameJob(
  rules: ParsedExperience[],
  ranges: TextRange[],
  pair: Pair,
  title: string,
  company: string,
): ParsedExperience | undefined {
  const fits = (e: ParsedExperience) =>
    (!e.title || sameThing(e.title, title)) && (!e.company || sameThing(e.company, company));
  const at = pair.first!.start;
  const inside = rules.find((_e, i) => ranges[i] && at >= ranges[i]!.start && at < ranges[i]!.end);
  if (inside) return fits(inside) ? inside : undefined;
  return rules.find((e) => e.title && sameThing(e.title, title) && fits(e));
}

/**
 * A rule-read employer that is an employer the labeller found inside that job, run on past a
 * comma, semicolon or bracket into the place or a note ("AMD, Inc., San Angelo" with "TX"
 * read as the location; "Camp Echo, Grades 3-8"): the labeller's employer is the employer.
 */
function trimRunOnEmployers(spans: LabelledSpan[], rules: ParsedExperience[], ranges: TextRange[]): void {
  for (const span of spans) {
    const job = span.field === "COMP" ? rules[jobHolding(span, ranges)] : undefined;
    const company = clean(span.text);
    if (!job?.company || company.length < 2 || !job.company.startsWith(company)) continue;
    if (/^\s*[,;(]/.test(job.company.slice(company.length))) job.company = company;
  }
}

const sameWords = (a: string, b: string) => {
  const wa = words(a).join(" ");
  return wa !== "" && wa === words(b).join(" ");
};

/**
 * A span that names, as another field, what the rules read on a job line: a "title" that is a
 * rule-read job's employer, or an "employer" that is its place ("Sales Development
 * Representative, Pinecrest Analytics — Boulder, CO" tagged title "Pinecrest Analytics",
 * employer "Boulder"). The rules read that line by its layout; the span is the labeller's slip.
 */
function contradictsRules(span: LabelledSpan, rules: ParsedExperience[]): boolean {
  const text = clean(span.text);
  if (span.field === "DESIG") return rules.some((e) => e.company && sameWords(e.company, text));
  if (span.field !== "COMP") return false;
  return rules.some((e) => !!e.location?.split(/\s*,\s*/).some((part) => sameWords(part, text)));
}

/**
 * A lone employer with a date on its line, inside a rule-read job that has no employer, is
 * that job's employer ("2004-2007  Fleet Advertising Ltd." above the title the rules read).
 * Without the date it could be a client named in a duty, so it fills nothing.
 */
function fillsEmployer(
  span: LabelledSpan,
  company: string,
  rules: ParsedExperience[],
  ranges: TextRange[],
  where: SpanContext,
): boolean {
  const job = rules[jobHolding(span, ranges)];
  if (!job || job.company || !hasDate(lineAt(where.text, span.start))) return false;
  if (job.title && sameThing(job.title, company)) return false;
  if (rules.some((e) => e.company && sameThing(e.company, company))) return false;
  job.company = company;
  return true;
}

/**
 * Jobs the labeller found that the rules did not. A pair that describes a rule-read job
 * (`ranges[i]` is where `rules[i]` sits) fills in what that job lacks instead of being
 * listed again: "Senior Account Executive, Brightline Software" read by the rules as one
 * title gets the labeller's split. When the rules read the resume's jobs, a title alone on
 * the headline under the name ("Registered Nurse") is who the person is, not another job; a
 * headline that names an employer too ("Java Developer - Infosys Limited") is their current
 * job, and with no jobs read the headline's title is the only sign of one. Given the text
 * (`where`), a title with no employer, or a pair naming a rule-read job's own employer inside
 * it, becomes a job only as loneTitleIsJob and roleWithinJob say.
 */
export function learnedExperience(
  spans: LabelledSpan[],
  rules: ParsedExperience[],
  ranges: TextRange[] = [],
  headline?: TextRange,
  where?: SpanContext,
): ParsedExperience[] {
  const inHeadline = (s: LabelledSpan) => headline && s.start >= headline.start && s.start < headline.end;
  trimRunOnEmployers(spans, rules, ranges);
  const usable = spans.filter((s) => !contradictsRules(s, rules));
  const titles = rules.map((e) => e.title);
  const companies = rules.map((e) => e.company);
  const out: ParsedExperience[] = [];
  for (const pair of pairUp(usable, "DESIG", "COMP")) {
    const title = pair.first && clean(pair.first.text);
    const company = pair.second && clean(pair.second.text);
    // Only a whole pair completes a job: a lone employer inside a job's text is as often a
    // client named in a duty ("clients included ...") as the job's own employer.
    const job =
      title && company && !sameThing(title, company) && sameJob(rules, ranges, pair, title, company);
    if (job) {
      // The rules' title ran on into the employer's name or a note ("Research Assistant (summer
      // internship)", "Worked as Software Engineer"): the labeller's title is the title.
      if (job.title && !job.company && sameThing(job.title, `${title} ${company}`)) job.title = title;
      if (!job.company && !known(companies, company) && !(job.title && sameThing(job.title, company)))
        job.company = company;
      if (!job.title && !(job.company && sameThing(job.company, title))) job.title = title;
      companies.push(job.company);
      titles.push(job.title);
      continue;
    }
    if (where && company && !title && fillsEmployer(pair.second!, company, rules, ranges, where)) {
      companies.push(company);
      continue;
    }
    if (!company && rules.length > 0 && pair.first && inHeadline(pair.first)) continue;
    // A title named inside a rule-read job that is not a job of its own: a position held there.
    if (
      where &&
      title &&
      !company &&
      !inHeadline(pair.first!) &&
      !loneTitleIsJob(pair.first!, ranges, where.text)
    ) {
      addPosition(rules[jobHolding(pair.first!, ranges)], title);
      continue;
    }
    if (where && title && company && roleWithinJob(rules, ranges, pair, company, where)) {
      addPosition(rules[jobHolding(pair.first!, ranges)], title);
      continue;
    }
    // A lone title or employer named in a bullet of duties or a sentence of the profile
    // ("Built modules in Google Classroom", "aiming for a financial analyst role") is not a job held.
    const lone = title ? (company ? undefined : pair.first) : pair.second;
    if (where && lone && inProse(where.text, lone.start, lone.end)) continue;
    // Words the rules read as another field of a job are that job's ("Middle School Science
    // Teacher | Desert Vista Academy" tagged employer "Middle School Science", title "Teacher").
    const newTitle = title && !known(titles, title) && !known(companies, title);
    const newCompany = company && !known(companies, company) && !known(titles, company);
    if (!newTitle && !newCompany) continue;
    // Only the employer is new and it sits in a sentence of duties ("Managed the pipeline in
    // Salesforce" above the next job's title line): a tool or client named there, not a job.
    if (where && !newTitle && inProse(where.text, pair.second!.start, pair.second!.end)) continue;
    // Or it runs on after a job's employer and a comma: where that employer sits, not a job.
    if (where && !title && rules.some((r) => continuesEmployer(where.text, pair.second!.start, r.company)))
      continue;
    titles.push(title);
    companies.push(company);
    out.push({
      title: title || undefined,
      company: company || undefined,
      bullets: [],
      skills: [],
      confidence: LEARNED_CONFIDENCE,
    });
  }
  return out;
}

/**
 * A degree written as letters after someone else's name ("Dana Whitfield, M.D." in a
 * reference or a supervisor's line): that person's title, not the resume owner's degree.
 * The owner's own name with letters after it ("Jane Roe, MBA") stays theirs.
 */
function postNominalOfAnother(span: LabelledSpan, where: SpanContext, ownName?: string): boolean {
  if (span.field !== "DEG" || /\s(?:in|of)\s/i.test(span.text)) return false;
  const before = where.text.slice(Math.max(0, span.start - 60), span.start);
  const name = /((?:\p{Lu}[\p{L}'-]+\.?\s+){1,3}\p{Lu}[\p{L}'-]+),\s*$/u.exec(before)?.[1];
  if (!name) return false;
  const own = new Set((ownName ?? "").toLowerCase().split(/\s+/));
  return !name
    .toLowerCase()
    .split(/\s+/)
    .some((w) => own.has(w.replace(/\.$/, "")));
}

/**
 * `employers`: the companies of the jobs the rules read. A "school" the labeller finds that is
 * one of them is that job's employer ("Senior Sales Associate, Best Buy" made "Best Buy" a
 * second education entry), unless a degree sits beside it. `where`: the text and the
 * person's name, to see whose degree a span is.
 */
/**
 * "Lakeside Community College" and its year read by the rules with no degree, and the labeller's
 * "Pharmacy Technician Certificate" at that school: one entry, the rules' filled in (as a
 * labelled job fills the rule-read job it describes), not a second entry for the same school.
 */
function fillsDegree(rules: ParsedEducation[], degree?: string, school?: string): boolean {
  const entry =
    degree && school && rules.find((e) => !e.degree && e.institution && sameThing(e.institution, school));
  if (!entry) return false;
  const found = findDegree(degree);
  entry.degree = degree;
  if (found?.level) entry.level = found.level;
  if (found?.field) entry.field = found.field;
  return true;
}

export function learnedEducation(
  spans: LabelledSpan[],
  rules: ParsedEducation[],
  employers: (string | undefined)[] = [],
  where?: SpanContext & { ownName?: string },
): ParsedEducation[] {
  const pairs = newPairs(
    where ? spans.filter((s) => !postNominalOfAnother(s, where, where.ownName)) : spans,
    ["DEG", "COLL"],
    rules.map((e) => e.degree),
    rules.map((e) => e.institution),
  );
  return pairs
    .filter(({ first, second }) => first || !second || !known(employers, second))
    .filter(({ first, second }) => !fillsDegree(rules, first, second))
    .map(({ first, second }) => {
      const found = first ? findDegree(first) : undefined;
      return {
        degree: first,
        level: found?.level,
        field: found?.field,
        institution: second,
        confidence: LEARNED_CONFIDENCE,
      };
    });
}
