/**
 * Reads the shipped question bank (bank/*.yaml, one small file per role) and validates
 * every entry, so a typo in a bank file fails loudly in tests instead of at search time.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CareerCraftError } from "../errors.ts";
import { type InterviewQuestion, questionFileSchema } from "./types.ts";

/** The YAML parser loads when the bank is read (after start-up), not with this module. */
const parse = (text: string): unknown =>
  (createRequire(import.meta.url)("yaml") as typeof import("yaml")).parse(text);

export const BANK_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "bank");

export interface QuestionBank {
  questions: InterviewQuestion[];
  files: string[];
}

let cached: QuestionBank | undefined;

export function loadQuestionBank(dir = BANK_DIR): QuestionBank {
  if (dir === BANK_DIR && cached) return cached;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort();
  const questions: InterviewQuestion[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const parsed = questionFileSchema.safeParse(parse(readFileSync(path.join(dir, file), "utf8")));
    if (!parsed.success) {
      throw new CareerCraftError("config", `Question bank file ${file} is invalid: ${parsed.error.message}`);
    }
    for (const q of parsed.data.questions) {
      if (seen.has(q.id))
        throw new CareerCraftError("config", `Question id ${q.id} appears twice (in ${file}).`);
      seen.add(q.id);
      questions.push({ ...q, role: parsed.data.role, source: "careercraft", organizationId: null });
    }
  }
  const bank = { questions, files };
  if (dir === BANK_DIR) cached = bank;
  return bank;
}
