/**
 * ESCO's reading of English titles O*NET files under several occupations ("kitchen manager" ->
 * "head chef"), for titles said in a European language (scripts/build-european-title-readings.ts).
 */
import { readFileSync } from "node:fs";
import { titleWords } from "./title-words.ts";

let readings: Record<string, string> | undefined;

/** ESCO's preferred label for an English title O*NET finds ambiguous, or undefined. */
export function europeanTitleReading(title: string): string | undefined {
  readings ??= (
    JSON.parse(readFileSync(new URL("./european-title-readings.json", import.meta.url), "utf8")) as {
      readings: Record<string, string>;
    }
  ).readings;
  const key = titleWords(title).join(" ");
  return Object.hasOwn(readings, key) ? readings[key] : undefined;
}
