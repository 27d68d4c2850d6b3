/**
 * A heading that shares its line with the first entry under it, with no colon or dash between:
 * "Experience Disney Interactive Media Group January 2008 Present". Layouts that set headings
 * in a column of their own beside the entries give such lines when read row by row (and a
 * pasted resume keeps them). The entry is then no heading and the section never starts: the
 * jobs below were read as part of the skills list above (training split, branch resume14n).
 *
 * Split only when the entry reads as an entry: it opens with a capital, holds a date range,
 * is short and has no sentence end, and the heading with the entry's first word is not a job
 * title ("Education Coordinator, January 2004 - Present", "Experience Designer ...").
 */
import { findDateRanges } from "../fields/dates.ts";
import { TITLE_WORDS } from "../fields/vocab.ts";
import type { SectionKind } from "../types.ts";
import { matchHeading } from "./headings.ts";

const ENTRY_SECTIONS = new Set<SectionKind>(["experience", "education", "volunteering"]);

export function splitGluedHeading(line: string): { kind: SectionKind; heading: string; rest: string } | null {
  const words = line.split(" ");
  for (let k = 1; k <= 3 && k < words.length; k++) {
    const heading = words.slice(0, k).join(" ");
    if (!/^\p{Lu}/u.test(heading)) return null;
    const kind = matchHeading(heading);
    if (!kind) continue;
    if (!ENTRY_SECTIONS.has(kind)) return null;
    const rest = words.slice(k).join(" ");
    const first = (rest.match(/^\p{L}+/u)?.[0] ?? "").toLowerCase();
    if (!/^\p{Lu}/u.test(rest) || TITLE_WORDS.has(first)) return null;
    if (rest.split(" ").length > 14 || /[.!?]\s|[.!?]$/.test(rest.replace(/\b\p{Lu}\p{L}{0,3}\./gu, "")))
      return null;
    return findDateRanges(rest).length > 0 ? { kind, heading, rest } : null;
  }
  return null;
}
