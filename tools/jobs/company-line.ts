/**
 * An ad whose first line is "Title - Specialisation (City)" and whose second line says who hires
 * and where ("Acme Pharma Ltd - Leeds, UK (Hybrid)"): the employer is the second line's name, and
 * the piece after the dash on the first line is part of the title (trial13 §10: "Veterinary Sales
 * Representative - Companion Animals (Lisbon)" over the company's line was read as a job at
 * "Companion Animals"). A line is the company's when it is a short capitalised name followed by
 * a place, and names no job.
 */
import { splitTitlePlace } from "./title-place.ts";

const MAX_NAME_WORDS = 5;

export function companyLineBelow(text: string, namesJob: (line: string) => boolean): string | undefined {
  return companyAndPlaceBelow(text, namesJob)?.name;
}

/**
 * The second line's employer and the place it names ("Finlo — London (hybrid, 2 days in
 * office)" -> Finlo, London): the ad's place when the title line names none (trial14 §5: "the
 * role is hybrid but the ad names no place").
 */
export function companyAndPlaceBelow(
  text: string,
  namesJob: (line: string) => boolean,
): { name: string; place: string } | undefined {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const second = lines[1];
  if (!second || second.length > 100) return undefined;
  const { title: name, place, employer } = splitTitlePlace(second);
  if (!place || employer || namesJob(name) || !/^[\p{Lu}\p{N}]/u.test(name)) return undefined;
  if (name.split(/\s+/).length > MAX_NAME_WORDS || /[.:!?;,]$|[:;!?]/.test(name)) return undefined;
  return { name, place };
}
