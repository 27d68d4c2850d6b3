/**
 * One degree written twice in an education section ("BA (Hons) Illustration — University of the
 * West of England — 2016" and, in a list of qualifications below it, "BA (Hons), University of the
 * West of England"; trial14 §11): the same school, the same level, one degree's words inside the
 * other's and no dates that disagree are one entry, which keeps the fuller reading of each field.
 * Two degrees at one school (a BSc then an MSc, or two BAs in different years) stay apart.
 */
import type { ParsedEducation } from "../types.ts";

const wordsOf = (s: string | undefined) => (s ?? "").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const within = (a: string[], b: string[]) => a.every((w) => b.includes(w));
const agree = (a: string | undefined, b: string | undefined) => !a || !b || a === b;

function sameDegree(a: ParsedEducation, b: ParsedEducation): boolean {
  if (!a.institution || !b.institution || !a.degree || !b.degree || a.level !== b.level) return false;
  if (wordsOf(a.institution).join(" ") !== wordsOf(b.institution).join(" ")) return false;
  const da = wordsOf(a.degree);
  const db = wordsOf(b.degree);
  return (within(da, db) || within(db, da)) && agree(a.end, b.end) && agree(a.start, b.start);
}

/** `entries` with each repeated degree folded into its first reading. */
export function withoutRepeatedDegrees(entries: ParsedEducation[]): ParsedEducation[] {
  const out: ParsedEducation[] = [];
  for (const e of entries) {
    const i = out.findIndex((k) => sameDegree(k, e));
    if (i < 0) {
      out.push(e);
      continue;
    }
    const k = out[i]!;
    const fuller = wordsOf(e.degree).length > wordsOf(k.degree).length ? e : k;
    out[i] = {
      ...e,
      ...k,
      degree: fuller.degree,
      field: k.field ?? e.field,
      start: k.start ?? e.start,
      end: k.end ?? e.end,
      gpa: k.gpa ?? e.gpa,
      confidence: Math.max(k.confidence, e.confidence),
    };
  }
  return out;
}

/** Nothing but a school: no degree, certificate, field or date. */
const schoolOnly = (e: ParsedEducation) =>
  !!e.institution && !e.degree && !e.schoolCertificate && !e.field && !e.start && !e.end;

/**
 * A school named again with nothing else ("BEDE COLLEGE" beside a college's certificate lines
 * whose dates stood in another column; trial17): once another entry names the same school, the
 * bare repeats add nothing but a second (or third) row of it. The first reading stays when every
 * reading is bare.
 */
export function withoutBareSchoolRepeats(entries: ParsedEducation[]): ParsedEducation[] {
  const key = (e: ParsedEducation) => wordsOf(e.institution).join(" ");
  return entries.filter((e, i) => {
    if (!schoolOnly(e)) return true;
    const k = key(e);
    return !entries.some((o, j) => j !== i && key(o) === k && (!schoolOnly(o) || j < i));
  });
}
