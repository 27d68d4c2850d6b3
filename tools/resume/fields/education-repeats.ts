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
