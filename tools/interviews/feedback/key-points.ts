/**
 * Coverage of a question's key points by an answer. A key point counts as covered when
 * the answer says most of its content words (the same stem, or a word near in meaning:
 * word-meaning.ts), when one answer sentence is close to it in embedding space, or when the
 * learned reading (key-point-reading.ts) finds a sentence that says it in other words.
 */
import { crudeStem } from "../../../data/embeddings/stem.ts";
import { contentTokens } from "../../../data/embeddings/tokenize.ts";
import { cosine, type Embedder } from "../../../data/embeddings/types.ts";
import { KEY_POINT_MODEL } from "./key-point-model.ts";
import { saysPoint } from "./key-point-reading.ts";
import { splitSentences } from "./sentences.ts";
import { answerWords, meaningOverlap } from "./word-meaning.ts";

export type Coverage = "covered" | "partial" | "missing";

export interface KeyPointResult {
  point: string;
  coverage: Coverage;
  /** The answer sentence that best matches the point. */
  evidence?: string;
  overlap: number;
  similarity: number;
}

export interface KeyPointAnalysis {
  points: KeyPointResult[];
  score: number;
}

// Calibrated on hand-written good and weak answers (key-points.test.ts).
export const WORD_RULE = { overlap: 0.5, similarity: 0.62 };
const COVERED = WORD_RULE;
const PARTIAL = { overlap: 0.25, similarity: 0.48 };

const stems = (text: string) =>
  new Set(
    contentTokens(text)
      .map(crudeStem)
      .filter((t) => t.length > 1),
  );

export async function analyzeKeyPoints(
  answer: string,
  keyPoints: string[],
  embedder: Embedder,
): Promise<KeyPointAnalysis> {
  const sentences = splitSentences(answer);
  if (keyPoints.length === 0) return { points: [], score: 0 };
  const said = answerWords(answer);
  const sentenceStems = sentences.map(stems);
  const sentenceWords = sentences.map(answerWords);
  const vectors = await embedder.embed([...keyPoints, ...sentences]);
  const pointVectors = vectors.slice(0, keyPoints.length);
  const sentenceVectors = vectors.slice(keyPoints.length);
  const points = keyPoints.map((point, i): KeyPointResult => {
    const pointStems = [...stems(point)];
    const overlap = meaningOverlap(point, said);
    let best = -1;
    let bestRank = Number.NEGATIVE_INFINITY;
    let similarity = 0;
    let meant = 0;
    sentenceVectors.forEach((v, j) => {
      const sim = cosine(pointVectors[i]!, v);
      similarity = Math.max(similarity, sim);
      meant = Math.max(meant, saysPoint(point, sentenceWords[j]!, sim));
      // The quoted sentence: close in meaning, ties broken by shared words.
      const rank = sim + 0.05 * pointStems.filter((s) => sentenceStems[j]!.has(s)).length;
      if (rank > bestRank) {
        bestRank = rank;
        best = j;
      }
    });
    const coverage: Coverage =
      overlap >= COVERED.overlap || similarity >= COVERED.similarity || meant >= KEY_POINT_MODEL.covered
        ? "covered"
        : overlap >= PARTIAL.overlap || similarity >= PARTIAL.similarity
          ? "partial"
          : "missing";
    return {
      point,
      coverage,
      evidence: coverage !== "missing" && best >= 0 ? sentences[best] : undefined,
      overlap: Math.round(overlap * 100) / 100,
      similarity: Math.round(similarity * 100) / 100,
    };
  });
  const earned = points.reduce(
    (sum, p) => sum + (p.coverage === "covered" ? 1 : p.coverage === "partial" ? 0.5 : 0),
    0,
  );
  return { points, score: Math.round((earned / points.length) * 100) };
}
