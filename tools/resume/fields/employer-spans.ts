/**
 * Where the resume's text names the employers the parse read: every whole-word occurrence of
 * each job's employer (rules, field labeller and employer scorer together, as the parse
 * leaves them). For readers of other fields that must not take an employer's name for
 * something else — a skill list's "Oracle India" or "CLIENT Cisco Systems" is an employer, not
 * a tool. Offsets are into `text`, the text the parse read (ParsedText.text).
 */
import type { ParsedExperience } from "../types.ts";

export interface EmployerSpan {
  start: number;
  end: number;
  /** The employer as the parse read it. */
  company: string;
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Each employer's occurrences in `text` (case and spacing aside), in text order, without overlaps. */
export function employerSpans(text: string, experience: Pick<ParsedExperience, "company">[]): EmployerSpan[] {
  const names = [...new Set(experience.map((e) => e.company?.trim()).filter((c): c is string => !!c))];
  // Longer names first, so "Oracle India" is one span, not "Oracle" inside it.
  names.sort((a, b) => b.length - a.length);
  const spans: EmployerSpan[] = [];
  for (const company of names) {
    const pattern = company.split(/\s+/).map(escaped).join("\\s+");
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, "giu");
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!spans.some((s) => start < s.end && s.start < end)) spans.push({ start, end, company });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Whether `[start, end)` lies inside one of `spans` (a skill span inside an employer's name). */
export const insideEmployer = (spans: EmployerSpan[], start: number, end: number) =>
  spans.some((s) => s.start <= start && end <= s.end);
