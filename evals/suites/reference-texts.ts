/**
 * Reading the reference texts the robustness and latency suites feed to the product:
 * dotin resumes (labels stripped to get the text a parser would see) and whole job
 * postings by id. Read at run time from ../shared/data, never copied into the repo.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&apos;": "'",
};

/** The resume text of a dotin XML file: tags removed, entities decoded. */
export function dotinText(xml: string): string {
  return xml
    .replace(/<\?xml[^>]*\?>/g, "")
    .replace(/<\/?cv>/g, "")
    .replace(/<label[^>]*>/g, "")
    .replace(/<\/label>/g, "")
    .replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e])
    .trim();
}

export function readDotinResume(sharedDataDir: string, relative: string): string {
  return dotinText(readFileSync(path.join(sharedDataDir, relative), "utf8"));
}

export interface PostingRecord {
  id: string;
  title_line: string;
  text: string;
}

export function readPostings(sharedDataDir: string): Map<string, PostingRecord> {
  const file = path.join(sharedDataDir, "job_postings/skillspan_postings_train_dev.jsonl");
  const map = new Map<string, PostingRecord>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as PostingRecord;
    map.set(record.id, record);
  }
  return map;
}

export interface FitPair {
  id: string;
  resume: string;
  job: string;
  label: "FIT" | "UNFIT";
}

export function readFitPairs(file: string): FitPair[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as FitPair);
}
