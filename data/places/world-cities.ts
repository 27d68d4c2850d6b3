/**
 * The world's cities of 300,000 people or more from GeoNames, with the names they go by in
 * other languages (data/places/world-cities.json, built by scripts/build-places.ts): one reader
 * for the resume's place recogniser and the chat's preference reader.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { jsonFileOnce } from "../json-file-once.ts";

export interface WorldCities {
  cities: string[];
  /** A city's GeoNames name -> the names it goes by in other languages ("Köln" -> ["Cologne"]). */
  alsoCalled?: Record<string, string[]>;
}

export const worldCities = jsonFileOnce<WorldCities>(
  path.join(path.dirname(fileURLToPath(import.meta.url)), "world-cities.json"),
);

let lowerCase: Set<string> | undefined;

/** Whether a name, in any case, is one of those cities ("leeds"). */
export function isWorldCity(name: string): boolean {
  lowerCase ??= new Set(worldCities().cities.map((c) => c.toLowerCase()));
  return lowerCase.has(name.toLowerCase());
}
