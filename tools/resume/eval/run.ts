/**
 * `node --import tsx tools/resume/eval/run.ts [dir]`: prints the per-field table for the
 * dotin resumes (default ../shared/data/resumes/dotin_train).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadSkillExtractor } from "../skills-port.ts";
import { loadDotin, sharedDataDir } from "./dotin.ts";
import { evaluateResumes } from "./evaluate.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const dir = process.argv[2] ?? path.join(sharedDataDir(repoRoot), "resumes/dotin_train");
const resumes = loadDotin(dir);
if (resumes.length === 0) {
  console.error(`No labelled resumes in ${dir} (the shared data folder is not present).`);
  process.exit(process.env.CI === "true" ? 1 : 0);
}
const result = await evaluateResumes(resumes, await loadSkillExtractor());
console.table(result.scores);
