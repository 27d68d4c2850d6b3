/**
 * The employers the rules and the field labeller already listed, described for the employer
 * scorer (employer-scorer.ts) the way the candidates it may add are (employer-candidates.ts),
 * so one model learns which listed ones are not employers: the schools of a teacher's CV,
 * committees, places, a duty's words. Shared by parsing and the model's build.
 */
import { type EmployerCandidate, type EmployerReading, pieces } from "./employer-candidates.ts";

/** The line index holding offset `at` (lines' starts ascending). */
function lineAt(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The employers the rules and the field labeller listed, described as candidates are (with
 * "listed" features beside them), so the same model can judge them: a school in a teacher's
 * CV, a committee or a place read as an employer. Each is found in its own job's text first,
 * then anywhere; `job` is the index into ctx.experience.
 */
export function listedEmployers(reading: EmployerReading): EmployerCandidate[] {
  const { ctx, lines, describe } = reading;
  const lower = ctx.text.toLowerCase();
  const rule = new Set(ctx.jobs.map((j) => j.entry));
  const out: EmployerCandidate[] = [];
  ctx.experience.forEach((entry, index) => {
    const company = entry.company?.trim();
    if (!company) return;
    const range = ctx.jobs.find((j) => j.entry === entry);
    const needle = company.toLowerCase();
    let at = range ? lower.slice(range.start, range.end).indexOf(needle) : -1;
    if (at >= 0) at += range!.start;
    else at = lower.indexOf(needle);
    const found = at >= 0;
    const start = found ? at : (range?.start ?? 0);
    const li = lineAt(lines.start, start);
    const line = lines.at(li)!;
    const ps = pieces(line.blanked);
    const from = start - line.start;
    const pi = Math.max(
      0,
      ps.findIndex((p) => from >= p.from && from < p.to),
    );
    const source = rule.has(entry) ? "rule" : "labeller";
    const f = describe({
      text: company,
      start,
      end: start + company.length,
      line: li,
      piece: pi,
      of: ps.length,
    });
    const features = [
      `source=${source}`,
      `found=${found}`,
      `sameLineTitle=${!!entry.title && line.raw.toLowerCase().includes(entry.title.toLowerCase())}`,
      `dated=${!!entry.start}`,
      ...f.map((x) => `L:${x}`),
      ...f.map((x) => `${source}:${x}`),
    ];
    out.push({ text: company, start, end: start + company.length, job: index, features });
  });
  return out;
}
