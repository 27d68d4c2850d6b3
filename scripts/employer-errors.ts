/**
 * Companies errors by kind, for scripts/build-employer-scorer.ts --breakdown: what the parser
 * and the scorer get wrong on the training folds (out of fold), counted the way resume-bench's
 * score.mjs counts (a listed value is right when it fuzzy-matches a labelled one; a labelled
 * value is found when a listed one fuzzy-matches it). The kinds are for reading where the
 * errors are, never features: the word lists below describe errors, they decide nothing.
 */

import { PLACE_NAMES, REGION_NAMES, US_STATE_CODES } from "../tools/resume/fields/places.ts";
import { INSTITUTION_RE, TITLE_WORDS } from "../tools/resume/fields/vocab.ts";
import { contains, fuzzyMatch } from "../tools/skills/eval/bench-match.ts";

export interface ErrorRead {
  path: string;
  gold: string[];
  /** Listed values with where each came from (rule, labeller, scorer). */
  listed: { text: string; source: string }[];
  /** Every candidate offered to the scorer with its out-of-fold probability. */
  candidates: { text: string; p: number }[];
  threshold: number;
  /** The resume's text as that path read it, when known. */
  text?: string;
  /**
   * The parse's normalised text and its sections, when known: where a missed employer with no
   * candidate is written (a section the scorer is not offered, or one line wrapped in two).
   */
  parsed?: { text: string; sections: { kind: string; start: number; end: number }[] };
}

const STOP = new Set([
  "of",
  "and",
  "the",
  "&",
  "in",
  "for",
  "at",
  "pvt",
  "ltd",
  "inc",
  "llc",
  "limited",
  "co",
  "a",
]);
const content = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP.has(w));
const sharesWord = (a: string, b: string) => {
  const B = new Set(content(b));
  return content(a).some((w) => B.has(w));
};
const isPlace = (w: string) =>
  PLACE_NAMES.has(w) || REGION_NAMES.has(w) || US_STATE_CODES.has(w.toUpperCase());
const GROUP_RE =
  /\b(?:committee|society|association|club|council|union|team|board|federation|chapter|forum)\b/i;

/** The kind of a listed value that matches no labelled one. */
function falseKind(value: string, gold: string[]): string {
  const ws = content(value);
  if (gold.length === 0) return "resume has no labelled employer";
  if (gold.some((g) => sharesWord(value, g))) return "shares a word with a labelled employer";
  if (ws.length > 0 && ws.every(isPlace)) return "a place";
  if (INSTITUTION_RE.test(value)) return "a school / university";
  if (GROUP_RE.test(value)) return "a committee / society / team";
  if (ws.some((w) => TITLE_WORDS.has(w))) return "holds a title word";
  if (ws.length > 5) return "longer than 5 words";
  return "other name";
}

/** The kind of a labelled value no listed one matches. */
function missKind(g: string, r: ErrorRead): string {
  if (r.listed.some((x) => sharesWord(x.text, g))) return "a listed value shares a word";
  const cand = r.candidates.filter((c) => fuzzyMatch(c.text, g));
  if (cand.length > 0)
    return cand.some((c) => c.p >= r.threshold)
      ? "candidate accepted, dropped later"
      : "candidate under threshold";
  if (r.candidates.some((c) => sharesWord(c.text, g))) return "only a partial candidate";
  if (r.text !== undefined && !contains(r.text, g)) return "not in the text as written";
  return "no candidate";
}

const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/** Where labelled employer `g` is written in the parse: its section, or across a line break. */
function writtenWhere(g: string, parsed: NonNullable<ErrorRead["parsed"]>): string {
  let at = 0;
  for (const line of parsed.text.split("\n")) {
    if (contains(line, g))
      return `in ${parsed.sections.find((s) => at >= s.start && at < s.end)?.kind ?? "no section"}`;
    at += line.length + 1;
  }
  return contains(parsed.text, g) ? "across a line break" : "not in the text as parsed";
}

/** A markdown table of false and missed employers by kind (and source), per path. */
export function errorBreakdown(reads: ErrorRead[]): string {
  const out: string[] = [];
  for (const p of ["txt", "pdf"]) {
    const fp = new Map<string, number>();
    const fn = new Map<string, number>();
    const where = new Map<string, number>();
    let listed = 0;
    let gold = 0;
    for (const r of reads.filter((x) => x.path === p)) {
      listed += r.listed.length;
      gold += r.gold.length;
      for (const x of r.listed)
        if (!r.gold.some((g) => fuzzyMatch(x.text, g)))
          count(fp, `${falseKind(x.text, r.gold)} (${x.source})`);
      for (const g of r.gold) {
        if (r.listed.some((x) => fuzzyMatch(x.text, g))) continue;
        const kind = missKind(g, r);
        count(fn, kind);
        if (kind === "no candidate" && r.parsed) count(where, writtenWhere(g, r.parsed));
      }
    }
    const rows = (m: Map<string, number>) =>
      [...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => `| ${k} | ${n} |`);
    out.push(`### ${p}: ${listed} listed, ${gold} labelled`);
    out.push("| false employer kind (source) | count |", "|---|---|", ...rows(fp), "");
    out.push("| missed employer kind | count |", "|---|---|", ...rows(fn), "");
    if (where.size > 0)
      out.push("| missed with no candidate: written | count |", "|---|---|", ...rows(where), "");
  }
  return out.join("\n");
}
