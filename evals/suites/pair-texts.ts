/**
 * Checks shared by the tests of the labelled pair files (fit-blind, pairs-more): the resume and
 * posting a pair names exist in ../shared/data, and none of the pair's own lines (must-haves,
 * evidence, reasons) copies a run of words from them — labels are paraphrased, never pasted.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadResumeText, POSTINGS_FILE, SHARED_DATA } from "../../tools/gap/eval/shared-data.ts";

/** True when the texts the pairs name can be read (../shared/data is present). */
export const pairTextsPresent = (): boolean =>
  existsSync(POSTINGS_FILE) && existsSync(path.join(SHARED_DATA, "resumes/dotin_train"));

/** The recruiter-style fields every labelled pair file shares (the outside dev set's format). */
export interface RecruiterLabels {
  label: string;
  field: string;
  required: string[];
  met: string[];
  missing: string[];
  reason: string;
}

export interface PairWithLines {
  resume: string;
  posting: string;
  /** The pair's own words: must-haves, evidence, gaps and reason. */
  lines: string[];
}

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/g, " ")
    .trim()
    .split(" ");

/**
 * The texts a pair names that are not found, and every `runLength`-word run of a pair's lines
 * found verbatim in its own resume or posting ("<resume> <posting>: \"run\"").
 */
export function copiedRuns(
  pairs: PairWithLines[],
  runLength: number,
): { missing: string[]; copied: string[] } {
  const postings = new Map(
    readFileSync(POSTINGS_FILE, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { id: string; text: string })
      .map((p) => [p.id, p.text]),
  );
  const missing: string[] = [];
  const copied: string[] = [];
  for (const p of pairs) {
    const resume = loadResumeText(p.resume);
    const posting = postings.get(p.posting);
    if (!resume) missing.push(p.resume);
    if (!posting) missing.push(p.posting);
    const source = ` ${words(`${resume ?? ""} ${posting ?? ""}`).join(" ")} `;
    for (const line of p.lines) {
      const w = words(line);
      for (let i = 0; i + runLength <= w.length; i++) {
        const run = w.slice(i, i + runLength).join(" ");
        if (source.includes(` ${run} `)) copied.push(`${p.resume} ${p.posting}: "${run}"`);
      }
    }
  }
  return { missing, copied };
}
