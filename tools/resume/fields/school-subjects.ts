/**
 * School-leaving subjects listed one per line ("GCSE Mathematics", "GCSE English", "GCSE Welsh",
 * often with a column of grades beside them; trial19, a school-leaver's CV read as 11 education
 * entries): each line names one subject of ONE school certificate, not a qualification of its own.
 * A run of entries that are the same certificate kind followed by a subject, with no school of
 * their own other than one they share, becomes one entry: the certificate as written ("GCSE"), its
 * subjects as the field, the first date and school the run gives.
 */
import type { ParsedEducation } from "../types.ts";

/** A certificate taken subject by subject, then the subject ("GCSE Science (single award)", "A-level in Biology"). */
const SUBJECT_CERTIFICATE = /^((?:I?GCSE|A[- ]?level|AS[- ]level|O[- ]level)s?)\s+(?:in\s+)?(\p{L}.*)$/iu;

function subjectOf(e: ParsedEducation): { kind: string; subject: string } | undefined {
  if (e.level !== "secondary" || !e.degree || e.field) return undefined;
  const m = SUBJECT_CERTIFICATE.exec(e.degree.trim());
  if (!m) return undefined;
  return { kind: m[1]!, subject: m[2]!.trim() };
}

/** Certificate kinds compared without case, plural or hyphen ("GCSEs" = "GCSE", "A level" = "A-Level"). */
const kindKey = (kind: string) =>
  kind
    .toLowerCase()
    .replace(/[\s-]+/g, "")
    .replace(/s$/, "");

/** `entries` with each run of one certificate's subject lines folded into one entry. */
export function oneEntryPerCertificateRun(entries: ParsedEducation[]): ParsedEducation[] {
  const out: ParsedEducation[] = [];
  let run: { key: string; kind: string; at: number; subjects: string[] } | undefined;
  for (const e of entries) {
    const s = subjectOf(e);
    const head = run && out[run.at]!;
    if (s && run && head && run.key === kindKey(s.kind) && agrees(head.institution, e.institution)) {
      run.subjects.push(s.subject);
      // A single subject line stays as written ("A-level Physics, 2012"): only a run is one entry.
      out[run.at] = {
        ...head,
        degree: run.kind,
        field: run.subjects.join(", "),
        institution: head.institution ?? e.institution,
        start: head.start ?? e.start,
        end: head.end ?? e.end,
        confidence: Math.max(head.confidence, e.confidence),
      };
      continue;
    }
    run = s ? { key: kindKey(s.kind), kind: s.kind, at: out.length, subjects: [s.subject] } : undefined;
    out.push(e);
  }
  return out;
}

const agrees = (a: string | undefined, b: string | undefined) => !a || !b || a === b;
