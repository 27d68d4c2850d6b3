/**
 * `questions import`: validate every row of a career center's CSV/JSON bank, embed the
 * good ones and store them in one transaction (all or nothing for the accepted rows), so
 * they are searchable at once. A file-level problem (size, encoding, columns) stores
 * nothing; row-level problems are reported per row while the valid rows are imported.
 */
import type { Embedder } from "../../../data/embeddings/types.ts";
import { questionEmbeddingText } from "../../../data/questions/embedding-text.ts";
import type { InterviewQuestion } from "../../../data/questions/types.ts";
import { questionTextKey } from "../../../data/repositories/questions.ts";
import type { SkillResolver } from "../query-analysis.ts";
import { decodeImportFile, formatOf } from "./decode.ts";
import { type RejectedRow, readRows, validateRow } from "./rows.ts";

export interface ImportDeps {
  embedder: Embedder;
  resolveSkill: SkillResolver;
  existingTextKeys(keys: string[], organizationId: string | null): Promise<Set<string>>;
  /** Stores all questions in one transaction. */
  saveAll(questions: InterviewQuestion[], vectors: number[][], embedderId: string): Promise<void>;
}

export interface ImportReport {
  file: string;
  rows: number;
  imported: number;
  ids: string[];
  rejected: RejectedRow[];
  dryRun: boolean;
}

export async function importQuestions(
  deps: ImportDeps,
  input: { filename: string; content: Uint8Array; organizationId: string | null; dryRun?: boolean },
): Promise<ImportReport> {
  const format = formatOf(input.filename);
  const text = decodeImportFile(input.content);
  const rows = readRows(text, format);
  const accepted: InterviewQuestion[] = [];
  const rejected: RejectedRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const raw of rows) {
    const { question, rejected: bad } = validateRow(raw, {
      organizationId: input.organizationId,
      resolveSkill: deps.resolveSkill,
    });
    if (bad) {
      rejected.push(bad);
      continue;
    }
    const key = questionTextKey(question!.text);
    const earlier = firstRowOf.get(key);
    if (earlier !== undefined) {
      rejected.push({
        row: raw.row,
        question: question!.text.slice(0, 80),
        reasons: [`same question as row ${earlier}`],
      });
      continue;
    }
    firstRowOf.set(key, raw.row);
    accepted.push(question!);
  }
  const existing = await deps.existingTextKeys(
    accepted.map((q) => questionTextKey(q.text)),
    input.organizationId,
  );
  const fresh = accepted.filter((q) => {
    if (!existing.has(questionTextKey(q.text))) return true;
    rejected.push({
      row: firstRowOf.get(questionTextKey(q.text))!,
      question: q.text.slice(0, 80),
      reasons: ["already in the question bank"],
    });
    return false;
  });
  rejected.sort((a, b) => a.row - b.row);
  if (!input.dryRun && fresh.length > 0) {
    const vectors = await deps.embedder.embed(fresh.map((q) => questionEmbeddingText(q)));
    await deps.saveAll(fresh, vectors, deps.embedder.id);
  }
  return {
    file: input.filename,
    rows: rows.length,
    imported: input.dryRun ? 0 : fresh.length,
    ids: fresh.map((q) => q.id),
    rejected,
    dryRun: Boolean(input.dryRun),
  };
}
