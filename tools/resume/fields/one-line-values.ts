/**
 * A field value read across a line break is one name: the labeller and the employer scorer
 * read spans over the resume's logical lines, and a wall of text laid out as a PDF breaks its
 * visual lines inside names ("International" / "Partouche Technologies"). Kept with the break,
 * the value held a newline, which the outside scorer joins with no space
 * ("internationalpartouche technologies"), and every reader of the profile shows it split.
 */
import type { ParsedEducation, ParsedExperience } from "../types.ts";

const oneLine = <T extends string | undefined>(value: T): T =>
  (value === undefined ? value : value.replace(/\s*\n\s*/g, " ")) as T;

export function experienceOnOneLine<T extends ParsedExperience>(entry: T): T {
  if (!entry.company?.includes("\n") && !entry.title?.includes("\n")) return entry;
  return { ...entry, company: oneLine(entry.company), title: oneLine(entry.title) };
}

export function educationOnOneLine<T extends ParsedEducation>(entry: T): T {
  if (!entry.institution?.includes("\n") && !entry.degree?.includes("\n")) return entry;
  return { ...entry, institution: oneLine(entry.institution), degree: oneLine(entry.degree) };
}
