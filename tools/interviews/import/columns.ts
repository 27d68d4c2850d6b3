/**
 * Column names a career center's export may use for each field of a question, and the
 * check that a file has the columns we need (and none we would silently ignore).
 */
import { CareerCraftError } from "../../../data/errors.ts";

export type Field = "question" | "role" | "type" | "difficulty" | "skills" | "key_points";

const ALIASES: Record<Field, string[]> = {
  question: ["question", "text", "question_text", "prompt"],
  role: ["role", "job_role", "job", "position"],
  type: ["type", "question_type", "category"],
  difficulty: ["difficulty", "level"],
  skills: ["skills", "skill", "skill_tags", "tags"],
  key_points: ["key_points", "keypoints", "answer_points", "expected_points", "what_a_strong_answer_covers"],
};

export const REQUIRED: Field[] = ["question", "role", "type", "difficulty", "key_points"];

const byAlias = new Map<string, Field>();
for (const [field, names] of Object.entries(ALIASES) as [Field, string[]][])
  for (const n of names) byAlias.set(n, field);

export function normalizeColumnName(name: string): string {
  return name
    .trim()
    .replace(/([a-z])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/** Maps each column index (or key) to a field; throws a clear error on wrong columns. */
export function mapColumns(names: string[]): Map<string, Field> {
  const mapping = new Map<string, Field>();
  const unknown: string[] = [];
  const seen = new Set<Field>();
  for (const name of names) {
    const field = byAlias.get(normalizeColumnName(name));
    if (!field) {
      if (name.trim()) unknown.push(name);
      continue;
    }
    if (seen.has(field)) {
      throw new CareerCraftError(
        "validation",
        `The file has two columns for "${field}" ("${name}" repeats it). Keep one.`,
      );
    }
    seen.add(field);
    mapping.set(name, field);
  }
  const missing = REQUIRED.filter((f) => !seen.has(f));
  if (unknown.length || missing.length) {
    const problems = [
      missing.length ? `missing column(s): ${missing.join(", ")}` : "",
      unknown.length ? `unknown column(s): ${unknown.map((u) => `"${u}"`).join(", ")}` : "",
    ].filter(Boolean);
    throw new CareerCraftError(
      "validation",
      `Wrong columns: ${problems.join("; ")}. Expected: question, role, type, difficulty, key_points (points separated by "|"), and optionally skills (separated by ";").`,
      { details: { missing, unknown } },
    );
  }
  return mapping;
}
