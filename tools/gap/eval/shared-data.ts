/**
 * Reads the reference data in ../shared/data for measurement (never shipped, never copied
 * into the repo). Absent on a fresh clone: callers get `undefined` and skip with a message,
 * except under CI=true where a missing required file is an error.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const SHARED_DATA = path.resolve(repoRoot, "../shared/data");
export const POSTINGS_FILE = path.join(SHARED_DATA, "job_postings/skillspan_postings_train_dev.jsonl");

export interface ReferencePosting {
  id: string;
  split: string;
  source: string;
  title_line: string;
  text: string;
  skill_spans?: string[];
  knowledge_spans?: string[];
  meta?: {
    job_type?: string;
    experience_level?: string;
    location_options?: string;
    technologies?: string[];
    industry?: string;
    role?: string;
  };
}

/** Says why data is missing; throws under CI so a broken checkout cannot pass silently. */
export function sharedDataMissing(file: string): string | undefined {
  if (existsSync(file)) return undefined;
  const message = `reference data not found at ${file} (../shared/data is absent on a fresh clone)`;
  if (process.env.CI === "true") throw new Error(`${message}; it is required under CI`);
  return message;
}

export function loadPostings(): ReferencePosting[] | undefined {
  if (sharedDataMissing(POSTINGS_FILE)) return undefined;
  return readFileSync(POSTINGS_FILE, "utf8")
    .split("\n")
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as ReferencePosting);
}

/** A dotin resume with its inline labels stripped: the plain text a person would paste. */
export function loadResumeText(relative: string): string | undefined {
  const file = path.join(SHARED_DATA, relative);
  if (sharedDataMissing(file)) return undefined;
  return readFileSync(file, "utf8")
    .replace(/<\?xml[^>]*\?>/g, "")
    .replace(/<\/?(cv|label)[^>]*>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .trim();
}
