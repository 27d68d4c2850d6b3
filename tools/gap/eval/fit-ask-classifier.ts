/**
 * `node --import tsx tools/gap/eval/fit-ask-classifier.ts [--write]`: fits the ask classifier
 * (ask-classifier.ts) on the team's own sentences (data/ask-sentences.txt), measures it by
 * k-fold cross-validation over those sentences, and with --write stores it in
 * ask-classifier.json. Deterministic (logistic.ts).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fitLogisticRegression } from "../../ml/logistic-regression.ts";
import {
  ASK_CLASSES,
  ASK_MODEL_FILE,
  ASK_SENTENCES_FILE,
  type AskClass,
  type AskClassifierModel,
  askInput,
  classifyInput,
} from "../ask-classifier.ts";
import { shippedEmbedder, vectorsFor } from "../evidence.ts";
import { askPiecesTable, measureAskPieces } from "./ask-pieces-measure.ts";

/** Chosen by macro F1 on the labelled ad pieces' dev half (asks13d: 30 / 60 / 150 at 100 dims). */
const L2 = Number(process.env.ASK_L2 ?? 30);
const FOLDS = 5;
/**
 * How much of the offline embedder's vector is read: the word-meaning 100. All 612 (the spelling
 * half too) read the labelled ad pieces' dev half better (accuracy 0.72 vs 0.69, macro F1 about equal) but moved the
 * verdict model's qualification inputs enough to flip a knife-edge dev pair (dev-35, 0.507): take
 * it with a verdict refit (asks13d note).
 */
const DIMS = Number(process.env.ASK_DIMS ?? 100);

export function loadAskSentences(file = ASK_SENTENCES_FILE): { label: AskClass; text: string }[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => {
      const [label, text] = l.split("\t");
      if (!ASK_CLASSES.includes(label as AskClass) || !text) throw new Error(`bad line: ${l}`);
      return { label: label as AskClass, text };
    });
}

function fitClassifier(rows: { label: AskClass; input: number[] }[], embedder: string): AskClassifierModel {
  const X = rows.map((r) => r.input);
  return {
    version: "ask-lr-1",
    embedder,
    classes: [...ASK_CLASSES],
    embeddingDims: DIMS,
    fits: ASK_CLASSES.map((c) =>
      fitLogisticRegression(
        X,
        rows.map((r) => (r.label === c ? 1 : 0)),
        { l2: L2, steps: 400, rate: 0.5 },
      ),
    ),
    fitted: {},
  };
}

async function main() {
  const embedder = shippedEmbedder();
  const sentences = loadAskSentences();
  const vectors = vectorsFor(
    embedder,
    sentences.map((s) => s.text),
  );
  const rows = sentences.map((s, i) => ({ label: s.label, input: askInput(s.text, vectors[i]!, DIMS) }));
  let right = 0;
  const confusion: Record<string, Record<string, number>> = {};
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = fitClassifier(
      rows.filter((_, i) => i % FOLDS !== fold),
      embedder.id,
    );
    rows.forEach((r, i) => {
      if (i % FOLDS !== fold) return;
      const got = classifyInput(model, r.input);
      confusion[r.label] ??= {};
      confusion[r.label]![got] = (confusion[r.label]![got] ?? 0) + 1;
      if (got === r.label) right++;
    });
  }
  const model = fitClassifier(rows, embedder.id);
  model.fitted = {
    sentences: rows.length,
    l2: L2,
    embeddingDims: DIMS,
    crossValidated: { folds: FOLDS, accuracy: Math.round((right / rows.length) * 1000) / 1000, confusion },
  };
  process.stdout.write(`${JSON.stringify(model.fitted, null, 2)}\n`);
  // The labelled ad pieces' dev half (the frozen test half is read only by ask-pieces-report.ts).
  const pieces = measureAskPieces(model);
  if (pieces) process.stdout.write(`${askPiecesTable("ad pieces, dev half", pieces.dev)}\n`);
  if (process.argv.includes("--write")) writeFileSync(ASK_MODEL_FILE, `${JSON.stringify(model)}\n`);
}

await main();
