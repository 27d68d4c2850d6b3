/**
 * The employer scorer's view past the next line (employer-candidates.ts). Its first layout
 * features see only the lines right beside a piece; a common entry header puts the employer
 * alone on its line with the title two lines away, across a place or a dates line:
 *
 *   <Employer>
 *   <Town>, <State>            (or "Jan 2010 - Mar 2014")
 *   <Title>
 *
 * These features say how far the nearest title line is, above and below, when only place,
 * dates and blank lines stand between (up to three lines), so the model can learn that
 * layout from the labelled resumes.
 */
import { findLocations } from "./location.ts";
import { isPlaceList } from "./places.ts";

/** What the window needs of one line (employer-candidates.ts LineInfo). */
export interface WindowLine {
  raw: string;
  blanked: string;
  hasDate: boolean;
  titleLike: boolean;
  words: number;
}

/** How far the window reaches past the piece's own line. */
const REACH = 3;

/** A short line that is only a place ("Bowling Green, Kentucky", "Pune", "Austin, TX 78701"). */
export function isPlaceLine(line: WindowLine): boolean {
  if (line.words === 0 || line.words > 8 || line.titleLike) return false;
  const rest = line.blanked
    .replace(/\s*[-–—|•,]+\s*$/u, "")
    .replace(/^\s*[-–—|•,]+\s*/u, "")
    .trim();
  if (!rest) return false;
  if (isPlaceList(rest)) return true;
  const found = findLocations(rest);
  // The place is (nearly) all the line holds.
  return found.length > 0 && rest.length - found[0]!.length <= 8;
}

/** One letter per kind a line is: T title, P place, D dates; "B" blank, "^" no line, "-" other. */
export function lineKind(line: WindowLine | undefined, place: (l: WindowLine) => boolean): string {
  if (!line) return "^";
  if (line.words === 0) return "B";
  return `${line.titleLike ? "T" : ""}${place(line) ? "P" : ""}${line.hasDate ? "D" : ""}` || "-";
}

/** Lines that may stand between an employer and its title or dates. */
const BETWEEN = new Set(["B", "P", "D", "PD"]);

/** The distance (1-3) to the first line whose kind has `letter`, `kinds(d)` being the line d away. */
function reach(kinds: (d: number) => string, letter: string): string {
  for (let d = 1; d <= REACH; d++) {
    const k = kinds(d);
    if (k.includes(letter)) return String(d);
    if (!BETWEEN.has(k)) return "none";
  }
  return "none";
}

/**
 * The window's features for a piece on line `at` whose shape on its line is `shape`
 * ("whole", "first", "later"); `line(i)` reads line i (undefined past either end). Only the
 * title's reach is offered: the kinds of the two lines either side, and the dates' reach,
 * were tried beside it and scored no better in the scorer's 3-fold CV (resume14p's note).
 */
export function windowFeatures(
  at: number,
  shape: string,
  line: (i: number) => WindowLine | undefined,
): string[] {
  const memo = new Map<number, string>();
  const kind = (i: number) => {
    let k = memo.get(i);
    if (k === undefined) {
      k = lineKind(line(i), isPlaceLine);
      memo.set(i, k);
    }
    return k;
  };
  const below = reach((d) => kind(at + d), "T");
  const above = reach((d) => kind(at - d), "T");
  return [`titleReach=${above}|${below}`, `titleReach=${shape}|${above}|${below}`];
}
