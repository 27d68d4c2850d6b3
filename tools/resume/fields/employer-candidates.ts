/**
 * Candidate employers for the second-stage employer scorer (employer-scorer.ts): the short
 * capitalised pieces of a resume's lines (a line cut at its dates, gaps, commas, bars, dashes
 * and "at"), each described by a fixed row of numbers: its shape, legal-form and
 * industry words, title, school, degree and place words, what the field labeller tagged
 * there, whether a date or a title sits on its line or the lines beside it, the section,
 * and how it stands to the jobs the rules read. The labeller misses most employers that
 * stand on a line of their own beside a line of dates; these rows let a model learn that
 * layout from the labelled resumes instead of a hand rule.
 *
 * Shared by parsing and by the model's build (scripts/build-employer-scorer.ts), so both
 * see the same rows.
 */
import type { LabelledSpan } from "../labeller/index.ts";
import { onlyHeadingWords } from "../text/heading-words.ts";
import { matchHeading } from "../text/headings.ts";
import type { ParsedExperience, ResumeSection } from "../types.ts";
import { findDateRanges } from "./dates.ts";
import { findDegree } from "./degrees.ts";
import { words } from "./learned-entries.ts";
import { findOrganizations } from "./organizations.ts";
import { isPlaceholderEmployer } from "./placeholder-employer.ts";
import { PLACE_NAMES, REGION_NAMES, US_STATE_CODES } from "./places.ts";
import { COMPANY_SUFFIX_RE, INSTITUTION_RE, TITLE_MODIFIERS, TITLE_WORDS } from "./vocab.ts";

export interface EmployerCandidate {
  text: string;
  start: number;
  end: number;
  /** The rule-read job whose text holds it, or -1. */
  job: number;
  /** Sparse binary features, named (template=value). */
  features: string[];
}

/** A rule-read job and where its text sits. */
export interface RangedJob {
  entry: ParsedExperience;
  start: number;
  end: number;
}

export interface CandidateContext {
  text: string;
  sections: ResumeSection[];
  /** The field labeller's spans (all of them: an employer inside a skills list is still a signal). */
  spans: LabelledSpan[];
  jobs: RangedJob[];
  /** Every job so far (rule-read and labeller-made): what is already someone's employer. */
  experience: ParsedExperience[];
  name?: string;
}

const LEGAL_FORMS = new Set(
  "ltd limited pvt private inc incorporated llc llp lp corp corporation co company plc gmbh ag sa bv nv pte pty ab as oy srl spa kk".split(
    " ",
  ),
);
const JOINERS = new Set(["of", "and", "&", "the", "de", "for", "in", "at", "du", "la", "von"]);
const LEFT_CONTEXT: [string, RegExp][] = [
  ["at", /\b(?:at|@)\s*$/i],
  ["with", /\bwith\s*$/i],
  ["for", /\bfor\s*$/i],
  ["client", /\b(?:client|customer|company|employer|organi[sz]ation)\s*:?\s*$/i],
];

/** Changes when the features do: a model built with others is refused (employer-scorer.ts). */
export const EMPLOYER_FEATURES_VERSION = 4;

const wordsOf = (s: string) => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu) ?? [];
const lettersOf = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const isCapital = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
const share = (xs: string[], test: (w: string) => boolean) =>
  xs.length === 0 ? 0 : xs.filter(test).length / xs.length;

/** " a b c ": a value's words, padded so that whole words compare by `includes`. */
const paddedWords = (s: string) => ` ${words(s).join(" ")} `;
/** One value's words inside the other's (learned-entries' sameThing on padded words). */
const sameWords = (a: string, b: string) =>
  a.trim() !== "" && b.trim() !== "" && (a.includes(b) || b.includes(a));

/** "none", "part" or "all" of a share. */
const level = (x: number) => (x <= 0 ? "none" : x >= 0.999 ? "all" : "part");
/** The first edge `x` is at most, or "more". */
const bucket = (x: number, edges: number[]) => String(edges.find((e) => x <= e) ?? "more");

/** A line with its dates blanked out (same length, so offsets hold) and what it says around them. */
interface LineInfo {
  start: number;
  raw: string;
  blanked: string;
  hasDate: boolean;
  titleLike: boolean;
  /** Its words, and how many of them are lower-case words other than joiners. */
  words: number;
  lower: number;
}

/** What a line says around its dates (`lineInfos` reads each line only when asked). */
function lineInfo(raw: string, start: number): LineInfo {
  let blanked = raw;
  // Every date holds a digit; most lines hold none.
  const dates = /\d/.test(raw) ? findDateRanges(raw, { singles: true }) : [];
  for (const d of dates)
    blanked = blanked.slice(0, d.index) + " ".repeat(d.length) + blanked.slice(d.index + d.length);
  // Years written alone ("1987") that the date reader leaves to context.
  blanked = blanked.replace(/\b(?:19|20)\d\d\b/g, (m) => " ".repeat(m.length));
  const lw = lettersOf(raw);
  const titleLike = lw.length > 0 && lw.length <= 8 && lw.some((w) => TITLE_WORDS.has(w));
  const lower = wordsOf(raw).filter((w) => /^\p{Ll}/u.test(w) && !JOINERS.has(w)).length;
  return { start, raw, blanked, hasDate: blanked !== raw, titleLike, words: lw.length, lower };
}

/**
 * The text's lines, each read on first use: only lines in employer sections and the lines
 * beside them are ever read (reading every line cost more than the rest of the scorer).
 */
function lineInfos(text: string): {
  count: number;
  start: number[];
  at: (i: number) => LineInfo | undefined;
} {
  const raws = text.split("\n");
  const start: number[] = [];
  let at = 0;
  for (const raw of raws) {
    start.push(at);
    at += raw.length + 1;
  }
  const read: (LineInfo | undefined)[] = [];
  return {
    count: raws.length,
    start,
    at: (i) => {
      if (i < 0 || i >= raws.length) return undefined;
      read[i] ??= lineInfo(raws[i]!, start[i]!);
      return read[i];
    },
  };
}

/** Where a line breaks into pieces: gaps, bars, bullets, spaced slashes, dashes between words, commas, brackets, "at". */
const PIECE_BREAK = /\s{2,}|\t|\s\/\s|\s*[|•·●▪◦]\s*|\s[-–—]+\s|[–—]|,\s*|;\s*|[()[\]]|:\s+|\s(?:at|@)\s/giu;

export function pieces(line: string): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let from = 0;
  for (const m of line.matchAll(PIECE_BREAK)) {
    out.push({ from, to: m.index });
    from = m.index + m[0].length;
  }
  out.push({ from, to: line.length });
  return out
    .map(({ from, to }) => {
      const piece = line.slice(from, to);
      const lead = piece.length - piece.trimStart().length;
      const trimmed = piece.trim().replace(/[^\p{L}\p{N}.)&]+$/u, "");
      return { from: from + lead, to: from + lead + trimmed.length };
    })
    .filter((p) => p.to > p.from);
}

/** A piece worth scoring: 1-8 words, opening with a capital, mostly capitalised, not a heading. */
function candidateShape(piece: string): boolean {
  const ws = wordsOf(piece);
  if (ws.length === 0 || ws.length > 8 || !/^[\p{Lu}\p{N}]/u.test(piece) || !/\p{L}{2}/u.test(piece))
    return false;
  const content = ws.filter((w) => !JOINERS.has(w.toLowerCase()));
  if (share(content, isCapital) < 0.6) return false;
  // The heading lookup last: it costs the most and most pieces fail the tests above.
  return (
    !/@|https?:|www\./i.test(piece) &&
    !matchHeading(piece) &&
    !onlyHeadingWords(piece) &&
    !isPlaceholderEmployer(piece)
  );
}

function sectionKind(sections: ResumeSection[], at: number): string {
  return sections.find((s) => at >= s.start && at < s.end)?.kind ?? "none";
}

/** Share of [start, end) covered by the labeller's spans of `field`. */
function covered(spans: LabelledSpan[], field: string, start: number, end: number): number {
  let n = 0;
  for (const s of spans)
    if (s.field === field) n += Math.max(0, Math.min(end, s.end) - Math.max(start, s.start));
  return n / Math.max(1, end - start);
}

/**
 * Sections whose lines are offered: where jobs are written, and text under no heading. Offering
 * every section but lists (skills, languages ...) was tried: education, publications, awards and
 * contact lines hold few employers and many schools, societies and places, and 3-fold CV scored
 * companies lower (txt 0.565 against 0.577 with these alone, PDF 0.562 against 0.574) at three times the cost.
 */
const EMPLOYER_SECTIONS = new Set(["experience", "volunteering"]);

/** A piece of a line to describe: where it is, and which piece of how many on its line. */
export interface RawPiece {
  text: string;
  start: number;
  end: number;
  line: number;
  piece: number;
  of: number;
}

/**
 * What describing a piece needs, made once per parse: the lines, the pieces' repeat counts and
 * the values the rules read (a parse offers ~100 candidates).
 */
function describer(ctx: CandidateContext, lines: ReturnType<typeof lineInfos>, counts: Map<string, number>) {
  const { text, sections, spans, jobs, experience } = ctx;
  // The values to compare with, as padded word strings.
  const padded = (xs: (string | undefined)[]) => xs.filter((x): x is string => !!x).map(paddedWords);
  const titles = padded(experience.map((e) => e.title));
  const places = padded(experience.map((e) => e.location));
  const compSpans = spans.filter((s) => s.field === "COMP");
  let lowerWords: Set<string> | undefined;
  // How much of the resume's employment the rules and the labeller already found.
  const open = jobs.filter((j) => !j.entry.company).length;
  const whole = [
    `resumeJobs=${bucket(jobs.length, [0, 1, 3, 6])}`,
    `openJobs=${bucket(open, [0, 1, 3])}`,
    `compSpans=${bucket(compSpans.length, [0, 2, 5, 10])}`,
    `listedCount=${bucket(experience.filter((e) => e.company).length, [0, 1, 3, 6])}`,
  ];
  return (c: RawPiece): string[] => {
    lowerWords ??= new Set(text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}]*/gu) ?? []);
    const own = paddedWords(c.text);
    const same = (other: string) => sameWords(own, other);
    const line = lines.at(c.line)!;
    const ws = wordsOf(c.text);
    const lw = lettersOf(c.text);
    const content = ws.filter((w) => !JOINERS.has(w.toLowerCase()));
    const last = lw[lw.length - 1] ?? "";
    const before = line.raw.slice(0, c.start - line.start);
    const job = jobs.findIndex((j) => c.start >= j.start && c.start < j.end);
    const entry = jobs[job]?.entry;
    const exact = compSpans.some((s) => s.start < c.end && s.end > c.start && same(paddedWords(s.text)));
    const kind = sectionKind(sections, c.start);
    const titleShare = share(lw, (w) => TITLE_WORDS.has(w));
    const comp = level(covered(spans, "COMP", c.start, c.end));
    const lay = [
      c.of === 1 ? "whole" : c.piece === 0 ? "first" : "later",
      lines.at(c.line - 1)?.hasDate ? "D" : "-",
      line.hasDate ? "D" : "-",
      lines.at(c.line + 1)?.hasDate ? "D" : "-",
      lines.at(c.line - 1)?.titleLike ? "T" : "-",
      line.titleLike && titleShare === 0 ? "T" : "-",
      lines.at(c.line + 1)?.titleLike ? "T" : "-",
    ].join("");
    const words = lowerWords;
    return [
      ...whole,
      `words=${Math.min(ws.length, 6)}`,
      `caps=${/\p{Ll}/u.test(c.text) ? level(share(content, isCapital)) : "upper"}`,
      `digit=${/\d/.test(c.text)}`,
      `legalLast=${LEGAL_FORMS.has(last)}`,
      `legalInside=${lw.slice(0, -1).some((w) => LEGAL_FORMS.has(w))}`,
      `industry=${COMPANY_SUFFIX_RE.test(c.text)}`,
      `orgRule=${findOrganizations(c.text).length > 0}`,
      `institution=${INSTITUTION_RE.test(c.text)}`,
      `title=${level(titleShare)}`,
      `titleLast=${TITLE_WORDS.has(last)}`,
      `modifier=${level(share(lw, (w) => TITLE_MODIFIERS.has(w)))}`,
      `degree=${findDegree(c.text)?.index === 0}`,
      `place=${level(share(lw, (w) => PLACE_NAMES.has(w) || REGION_NAMES.has(w) || US_STATE_CODES.has(w.toUpperCase())))}`,
      `COMP=${comp}`,
      `DESIG=${level(covered(spans, "DESIG", c.start, c.end))}`,
      `COLL=${level(covered(spans, "COLL", c.start, c.end))}`,
      `DEG=${level(covered(spans, "DEG", c.start, c.end))}`,
      `NAME=${level(covered(spans, "NAME", c.start, c.end))}`,
      `exactCOMP=${exact}`,
      `pieces=${Math.min(c.of, 4)}`,
      `lineWords=${bucket(line.words, [3, 6, 10, 20])}`,
      `lineLower=${bucket(line.lower / Math.max(1, line.words), [0, 0.3])}`,
      `lay=${lay}`,
      `lay=${lay}|${kind}`,
      `lay=${lay}|COMP=${comp}`,
      `COMP=${comp}|${kind}`,
      `title=${level(titleShare)}|${lay.slice(0, 4)}`,
      ...LEFT_CONTEXT.filter(([, re]) => re.test(before)).map(([k]) => `after=${k}`),
      `section=${kind}`,
      `position=${bucket(c.start / Math.max(1, text.length), [0.1, 0.3, 0.6])}`,
      `job=${job < 0 ? "none" : `${!!entry?.company}|${!!entry?.title}`}`,
      `isJobTitle=${titles.some(same)}`,
      `isJobLocation=${places.some(same)}`,
      `lowerElsewhere=${level(share(content, (w) => words.has(w.toLowerCase())))}`,
      `repeated=${(counts.get(lw.join(" ")) ?? 0) > 1}`,
      // Words that make employers (learned from the labelled resumes: "Hospital", "Law", "Center").
      `first=${lw[0]}`,
      `last=${last}`,
      `before=${lettersOf(before).at(-1) ?? "^"}`,
    ];
  };
}

/** The offered pieces: capitalised pieces of lines in employer sections and unheaded lines. */
function offeredPieces(ctx: CandidateContext, lines: ReturnType<typeof lineInfos>) {
  const counts = new Map<string, number>();
  const raw: RawPiece[] = [];
  for (let li = 0; li < lines.count; li++) {
    const kind = ctx.sections.find((s) => lines.start[li]! >= s.start && lines.start[li]! < s.end)?.kind;
    if (kind && !EMPLOYER_SECTIONS.has(kind)) continue;
    const line = lines.at(li)!;
    if (line.words > 40) continue;
    const ps = pieces(line.blanked);
    ps.forEach((p, pi) => {
      const piece = line.raw.slice(p.from, p.to);
      if (!candidateShape(piece)) return;
      const key = lettersOf(piece).join(" ");
      counts.set(key, (counts.get(key) ?? 0) + 1);
      raw.push({
        text: piece,
        start: line.start + p.from,
        end: line.start + p.to,
        line: li,
        piece: pi,
        of: ps.length,
      });
    });
  }
  return { counts, raw };
}

/** What one parse's employer judgement reads once: its lines, offered pieces and describer. */
export function employerReading(ctx: CandidateContext) {
  const lines = lineInfos(ctx.text);
  const { counts, raw } = offeredPieces(ctx, lines);
  return { ctx, lines, raw, describe: describer(ctx, lines, counts) };
}
export type EmployerReading = ReturnType<typeof employerReading>;

export function employerCandidates(
  ctx: CandidateContext,
  reading = employerReading(ctx),
): EmployerCandidate[] {
  const { raw, describe } = reading;
  if (raw.length === 0) return [];
  const taken = [...ctx.experience.map((e) => e.company), ctx.name]
    .filter((x): x is string => !!x)
    .map(paddedWords);
  const out: EmployerCandidate[] = [];
  for (const c of raw) {
    const own = paddedWords(c.text);
    if (taken.some((t) => sameWords(own, t))) continue;
    const features = describe(c);
    const job = ctx.jobs.findIndex((j) => c.start >= j.start && c.start < j.end);
    out.push({ text: c.text, start: c.start, end: c.end, job, features });
  }
  return out;
}
