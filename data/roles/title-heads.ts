/**
 * Words that end job titles in O*NET's occupation and alternate titles ("generalist",
 * "bookkeeper", "phlebotomist"), built by `npm run build:title-heads`. Read lazily: only the
 * resume's job-header reader needs them, and only when its own short list finds no title.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "title-heads.json");
let heads: Set<string> | undefined;

/** True when `word` (lower case) is the head word of job titles. */
export function isTitleHead(word: string): boolean {
  heads ??= new Set((JSON.parse(readFileSync(FILE, "utf8")) as { heads: string[] }).heads);
  return heads.has(word);
}
