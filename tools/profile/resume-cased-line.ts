/**
 * "bank teller at Chase", "cashier at walmart 2019-2021": a work-history line typed in chat,
 * rewritten the way a resume writes it ("Bank Teller at Chase", "Cashier at Walmart,
 * 2019-2021") so the resume parser the entry tool uses reads its title, company and dates (it
 * reads a line typed in lower case as no entry, or loses the company). Undefined when the text
 * is not "<title> at <company> [dates]".
 */
import { titleCase } from "../jobs/title-case.ts";

const DATE = String.raw`(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d\d`;
export const WORK_DATES = String.raw`(?:(?:from|since)\s+)?${DATE}(?:\s*(?:-|–|—|to|until|till)\s*(?:${DATE}|present|now|today|current))?`;
/** Title, company and dates of a "<title> at <company> [dates]" line. */
export const WORK_LINE = new RegExp(
  String.raw`^([\p{L}][\p{L}'&/ -]{1,50}?)\s+(?:at|@)\s+([\p{L}\p{N}][\p{L}\p{N}'&.! -]{0,40}?)(?:(?:\s*[,(]\s*|\s+)(${WORK_DATES})\)?)?\s*[.!]?$`,
  "iu",
);

const capitalised = (s: string) =>
  s.replace(/(^|\s)(\p{Ll})/gu, (_m, space: string, c: string) => space + c.toUpperCase());

export function resumeCasedLine(text: string): string | undefined {
  const m = WORK_LINE.exec(text.trim());
  if (!m?.[1] || !m[2]) return undefined;
  const dates = m[3] ? `, ${m[3].trim()}` : "";
  return `${titleCase(m[1].trim())} at ${capitalised(m[2].trim())}${dates}`;
}
