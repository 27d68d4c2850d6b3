/**
 * The ask classifier measured on requirement pieces of the reference ads, labelled by reading
 * (evals/data/ask-pieces/labels.jsonl: ad id, piece index, text hash, label, split — no ad text).
 * The set was sampled stratified by the classifier's class at labelling time and by the ad's
 * source (house / tech), and split by ad: "dev" is for tuning, "test" is frozen (read it only to
 * report, never to choose lines, features or settings).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  ASK_CLASSES,
  type AskClass,
  type AskClassifierModel,
  askClassifierModel,
  askInput,
  classifyInput,
} from "../ask-classifier.ts";
import { shippedEmbedder, vectorsFor } from "../evidence.ts";
import { type AskPiece, loadAskPieces } from "./ask-pieces.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const ASK_PIECE_LABELS = path.join(repoRoot, "evals/data/ask-pieces/labels.jsonl");

export interface AskPieceLabel {
  ad: string;
  piece: number;
  hash: string;
  label: AskClass;
  split: "dev" | "test";
}

export interface ClassScore {
  precision: number;
  recall: number;
  support: number;
}

export interface AskPieceScores {
  pieces: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<AskClass, ClassScore>;
  /** Labelled qualifications the classifier calls "other": must-haves the analysis never sees. */
  qualificationsDropped: number;
}

export function loadAskPieceLabels(file = ASK_PIECE_LABELS): AskPieceLabel[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as AskPieceLabel);
}

/**
 * Pairs each label with its piece: the same text (hash) in the same ad, at its labelled index
 * or, when a change to the ad reader added or dropped pieces before it, anywhere in that ad.
 * A piece whose text is gone from its ad is an error: its label no longer says anything.
 */
export function labelledPieces(
  labels: readonly AskPieceLabel[],
  pieces: readonly AskPiece[],
): { label: AskPieceLabel; piece: AskPiece }[] {
  const byKey = new Map(pieces.map((p) => [`${p.ad}#${p.index}`, p]));
  const byText = new Map(pieces.map((p) => [`${p.ad}#${p.hash}`, p]));
  return labels.map((label) => {
    const atIndex = byKey.get(`${label.ad}#${label.piece}`);
    const piece = atIndex?.hash === label.hash ? atIndex : byText.get(`${label.ad}#${label.hash}`);
    if (!piece) {
      throw new Error(
        `ask piece ${label.ad}#${label.piece} is gone or changed (hash ${atIndex?.hash ?? "none"} vs ${label.hash}): the parser or splitter moved — re-label the changed pieces`,
      );
    }
    return { label, piece };
  });
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function scoreAsks(gold: readonly AskClass[], got: readonly AskClass[]): AskPieceScores {
  const perClass = {} as Record<AskClass, ClassScore>;
  let f1Sum = 0;
  for (const c of ASK_CLASSES) {
    const tp = gold.filter((g, i) => g === c && got[i] === c).length;
    const predicted = got.filter((g) => g === c).length;
    const support = gold.filter((g) => g === c).length;
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    f1Sum += precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[c] = { precision: round(precision), recall: round(recall), support };
  }
  return {
    pieces: gold.length,
    accuracy: round(gold.filter((g, i) => g === got[i]).length / Math.max(1, gold.length)),
    macroF1: round(f1Sum / ASK_CLASSES.length),
    perClass,
    qualificationsDropped: gold.filter((g, i) => g === "qualification" && got[i] === "other").length,
  };
}

/** Scores a model (the committed one by default) on each split; undefined when ../shared is absent. */
export function measureAskPieces(
  model: AskClassifierModel = askClassifierModel(),
): Record<"dev" | "test", AskPieceScores> | undefined {
  const pieces = loadAskPieces();
  if (!pieces) return undefined;
  const rows = labelledPieces(loadAskPieceLabels(), pieces);
  const embedder = shippedEmbedder();
  const vectors = vectorsFor(
    embedder,
    rows.map((r) => r.piece.text),
  );
  const got = rows.map((r, i) =>
    classifyInput(model, askInput(r.piece.text, vectors[i]!, model.embeddingDims)),
  );
  const of = (split: "dev" | "test") => {
    const idx = rows.flatMap((r, i) => (r.label.split === split ? [i] : []));
    return scoreAsks(
      idx.map((i) => rows[i]!.label.label),
      idx.map((i) => got[i]!),
    );
  };
  return { dev: of("dev"), test: of("test") };
}

/** A report table: one row per class, precision / recall / support. */
export function askPiecesTable(name: string, s: AskPieceScores): string {
  const lines = [
    `${name}: ${s.pieces} pieces, accuracy ${s.accuracy}, macro F1 ${s.macroF1}, qualifications dropped as other ${s.qualificationsDropped}`,
    "| class | precision | recall | support |",
    "|---|---|---|---|",
    ...ASK_CLASSES.map(
      (c) => `| ${c} | ${s.perClass[c].precision} | ${s.perClass[c].recall} | ${s.perClass[c].support} |`,
    ),
  ];
  return lines.join("\n");
}
