/**
 * What text of a question is embedded. The question alone is short (10-20 words); the
 * key points add the vocabulary a person uses when describing the topic ("rollback",
 * "feature flag"), and the skill names add the topic words. Repeating the question three
 * times weights it against the longer key points (an averaged embedding is dominated by
 * whatever has the most words). Each choice was measured on the retrieval set, see
 * tools/interviews/eval/compare-embedders.ts.
 */
import type { BankQuestion } from "./types.ts";

export type EmbeddingTextMode =
  | "question"
  | "question+keypoints"
  | "question+keypoints+skills"
  | "weighted-question+keypoints+skills";

export const DEFAULT_EMBEDDING_TEXT_MODE: EmbeddingTextMode = "weighted-question+keypoints+skills";

export function questionEmbeddingText(
  q: Pick<BankQuestion, "text" | "keyPoints" | "skills">,
  mode: EmbeddingTextMode = DEFAULT_EMBEDDING_TEXT_MODE,
): string {
  const skills = q.skills.map((s) => s.replace(/-/g, " ")).join(", ");
  const points = q.keyPoints.join("\n");
  switch (mode) {
    case "question":
      return q.text;
    case "question+keypoints":
      return `${q.text}\n${points}`;
    case "question+keypoints+skills":
      return `${q.text}\n${points}\n${skills}`;
    default:
      return `${q.text}\n${q.text}\n${q.text}\n${points}\n${skills}`;
  }
}
