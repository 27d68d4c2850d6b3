/**
 * Validates every row of an import and turns the good ones into questions. Each rejected
 * row gets all of its problems at once (not just the first), with its row number, so a
 * career center can fix the file in one pass.
 */
import { createHash } from "node:crypto";
import { CareerCraftError } from "../../../data/errors.ts";
import { resolveRole } from "../../../data/questions/roles.ts";
import {
  DIFFICULTIES,
  type Difficulty,
  type InterviewQuestion,
  QUESTION_TYPES,
  type QuestionType,
} from "../../../data/questions/types.ts";
import { questionTextKey } from "../../../data/repositories/questions.ts";
import type { SkillResolver } from "../query-analysis.ts";
import { type Field, mapColumns } from "./columns.ts";
import { parseCsv } from "./csv.ts";
import type { ImportFormat } from "./decode.ts";

export const MAX_IMPORT_ROWS = 5000;

export interface RawRow {
  row: number;
  values: Partial<Record<Field, unknown>>;
}

export interface RejectedRow {
  row: number;
  question?: string;
  reasons: string[];
}

export function readRows(text: string, format: ImportFormat): RawRow[] {
  const rows = format === "csv" ? csvRows(text) : jsonRows(text);
  if (rows.length === 0) throw new CareerCraftError("validation", "The file has a header but no questions.");
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new CareerCraftError(
      "too_large",
      `The file has ${rows.length} questions; import at most ${MAX_IMPORT_ROWS} at a time.`,
    );
  }
  return rows;
}

function csvRows(text: string): RawRow[] {
  const table = parseCsv(text);
  const mapping = mapColumns(table.header);
  return table.records.map((r) => {
    const values: RawRow["values"] = {};
    table.header.forEach((name, i) => {
      const field = mapping.get(name);
      if (field) values[field] = r.fields[i] ?? "";
    });
    return { row: r.line, values };
  });
}

function jsonRows(text: string): RawRow[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new CareerCraftError(
      "corrupt_input",
      `The JSON file cannot be read: ${(cause as Error).message}.`,
      { cause },
    );
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { questions?: unknown })?.questions;
  if (!Array.isArray(list)) {
    throw new CareerCraftError(
      "validation",
      'The JSON must be a list of questions, or an object with a "questions" list.',
    );
  }
  const keys = new Set<string>();
  for (const item of list)
    if (item && typeof item === "object" && !Array.isArray(item))
      for (const k of Object.keys(item)) keys.add(k);
  const mapping = mapColumns([...keys]);
  return list.map((item, i) => {
    const values: RawRow["values"] = {};
    if (item && typeof item === "object" && !Array.isArray(item)) {
      for (const [k, v] of Object.entries(item)) {
        const field = mapping.get(k);
        if (field) values[field] = v;
      }
    }
    return { row: i + 1, values };
  });
}

const TYPE_WORDS: Record<string, QuestionType> = {
  behavioural: "behavioral",
  "system design": "system_design",
  systemdesign: "system_design",
  design: "system_design",
  "case study": "case",
  scenario: "situational",
  hypothetical: "situational",
};
const DIFFICULTY_WORDS: Record<string, Difficulty> = {
  beginner: "easy",
  intermediate: "medium",
  advanced: "hard",
  expert: "hard",
};

const asText = (v: unknown): string =>
  typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";
const asList = (v: unknown, separators: RegExp): string[] =>
  (Array.isArray(v) ? v.map(asText) : asText(v).split(separators)).map((s) => s.trim()).filter(Boolean);

export function validateRow(
  raw: RawRow,
  context: { organizationId: string | null; resolveSkill: SkillResolver },
): { question?: InterviewQuestion; rejected?: RejectedRow } {
  const reasons: string[] = [];
  const v = raw.values;
  const text = asText(v.question).replace(/\s+/g, " ");
  if (text.length < 15) reasons.push(text ? "question is shorter than 15 characters" : "question is empty");
  if (text.length > 1000) reasons.push("question is longer than 1000 characters");

  const roleText = asText(v.role);
  const role = resolveRole(roleText) ?? slugify(roleText);
  if (!role) reasons.push(roleText ? `role "${roleText}" has no letters or digits` : "role is empty");

  const typeText = asText(v.type).toLowerCase().replace(/_/g, " ");
  const type = (TYPE_WORDS[typeText] ?? typeText.replace(/ /g, "_")) as QuestionType;
  if (!QUESTION_TYPES.includes(type))
    reasons.push(`type "${asText(v.type)}" is not one of ${QUESTION_TYPES.join(", ")}`);

  const diffText = asText(v.difficulty).toLowerCase();
  const difficulty = (DIFFICULTY_WORDS[diffText] ?? diffText) as Difficulty;
  if (!DIFFICULTIES.includes(difficulty))
    reasons.push(`difficulty "${asText(v.difficulty)}" is not one of easy, medium, hard`);

  const skills: string[] = [];
  for (const name of asList(v.skills, /[;|,]/)) {
    const id = context.resolveSkill(name);
    if (id) {
      if (!skills.includes(id)) skills.push(id);
    } else reasons.push(`skill "${name}" is not in the skill taxonomy`);
  }
  if (skills.length > 12) reasons.push("more than 12 skills");

  const keyPoints = asList(v.key_points, /\s*[|\n]\s*/);
  if (keyPoints.length === 0)
    reasons.push('key_points is empty (list what a strong answer covers, separated by "|")');
  if (keyPoints.length > 12) reasons.push("more than 12 key points");
  if (keyPoints.some((p) => p.length > 400)) reasons.push("a key point is longer than 400 characters");

  if (reasons.length)
    return { rejected: { row: raw.row, question: text.slice(0, 80) || undefined, reasons } };
  const id = `imp-${createHash("sha256")
    .update(`${context.organizationId ?? "shared"}\n${questionTextKey(text)}`)
    .digest("hex")
    .slice(0, 16)}`;
  return {
    question: {
      id,
      organizationId: context.organizationId,
      role: role!,
      type,
      difficulty,
      text,
      skills,
      keyPoints,
      source: "import",
    },
  };
}

function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}
