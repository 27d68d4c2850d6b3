/**
 * What text of a question is embedded. The question alone is short (10-20 words); the
 * key points add the vocabulary a person uses when describing the topic ("rollback",
 * "feature flag"), which measurably helps paraphrased queries (see
 * tools/interviews/eval/compare-embedders.ts for the numbers).
 */
import type { BankQuestion } from "./types.ts";

export type EmbeddingTextMode = "question" | "question+keypoints" | "question+keypoints+skills";

export const DEFAULT_EMBEDDING_TEXT_MODE: EmbeddingTextMode = "question+keypoints";

export function questionEmbeddingText(
  q: Pick<BankQuestion, "text" | "keyPoints" | "skills">,
  mode: EmbeddingTextMode = DEFAULT_EMBEDDING_TEXT_MODE,
): string {
  if (mode === "question") return q.text;
  const withPoints = `${q.text}\n${q.keyPoints.join("\n")}`;
  if (mode === "question+keypoints") return withPoints;
  return `${withPoints}\n${q.skills.map((s) => s.replace(/-/g, " ")).join(", ")}`;
}
