/**
 * Evidence from studies: a thesis, dissertation, capstone or course project that uses a skill
 * ("Dissertation: regression analysis of house prices in R") is work done with it. For a new
 * graduate it is often the only such work, and without it every skill they used read as
 * "only listed on your profile, with no role, project or certificate behind it". A course list
 * ("Relevant coursework: Statistics, R, SQL") is not: it names what was taught, not what was
 * done, and stays a claim. Gives no years of use: only dated roles do.
 */
import { proseUse } from "./prose-evidence.ts";

/** Words that make a line under education a piece of work, not a course or a degree name. */
const STUDY_WORK =
  /\b(?:dissertation|thesis|capstone|final[- ]year project|(?:course|group|research|degree|student|university|class) project|project|research|m[ée]moire|tesis|trabajo (?:de )?fin|tcc|abschlussarbeit|bachelorarbeit|masterarbeit|projet)\b/i;

/** The sentence quoted as evidence when the mention at `span` is thesis or project work. */
export function studyUse(prose: string, span: { start: number; end: number }): string | undefined {
  const quote = proseUse(prose, span);
  return quote && STUDY_WORK.test(quote) ? quote : undefined;
}
