/**
 * `node --import tsx tools/interviews/eval/fit-key-point-model.ts [--write]`: fits the key-point
 * reading (feedback/key-point-reading.ts) on the labelled pairs of evals/data/key-point-pairs and
 * prints, by 5-fold cross-validation, how often it agrees with the labels beside the word rule it
 * joins (covered when the point's words are mostly said or the sentence's cosine is high).
 * `--write` stores the fit on all pairs in feedback/key-point-model.ts. Deterministic.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createOfflineEmbedder } from "../../../data/embeddings/offline-embedder.ts";
import { cosine } from "../../../data/embeddings/types.ts";
import { fitLogisticRegression, type LogisticFit, logOdds, sigmoid } from "../../ml/logistic-regression.ts";
import { pointFeatures } from "../feedback/key-point-reading.ts";
import { WORD_RULE } from "../feedback/key-points.ts";
import { answerWords } from "../feedback/word-meaning.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const PAIRS = path.resolve(here, "../../../evals/data/key-point-pairs/pairs.tsv");
const FOLDS = 5;
const OPTIONS = { l2: 1, steps: 3000, rate: 0.3, signs: [1, 1, 1, 1] as (1 | -1 | 0)[] };
const COVERED = 0.55;

const rows = readFileSync(PAIRS, "utf8")
  .split("\n")
  .filter((l) => l.trim() && !l.startsWith("#"))
  .map((l) => {
    const [point, sentence, label, field] = l.split("\t");
    return { point: point!, sentence: sentence!, covered: label === "1" ? 1 : 0, field: field ?? "" };
  });
const embedder = createOfflineEmbedder();
// Embedded in the offline space, as every answer is without a configured provider.
const vectors = await embedder.embed(rows.flatMap((r) => [r.point, r.sentence]));
const X = rows.map((r, i) =>
  pointFeatures(r.point, answerWords(r.sentence), cosine(vectors[2 * i]!, vectors[2 * i + 1]!)),
);
const y = rows.map((r) => r.covered);
const wordRule = (x: number[]) => x[0]! >= WORD_RULE.overlap || x[3]! >= WORD_RULE.similarity;
/** The word rule's "partial" (a half point) read as covered: the most it ever credited. */
const wordRuleLoose = (x: number[]) => x[0]! >= 0.25 || x[3]! >= 0.48;

function tally(said: boolean[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let agree = 0;
  said.forEach((s, i) => {
    if (s === (y[i] === 1)) agree++;
    if (s && y[i] === 1) tp++;
    if (s && y[i] === 0) fp++;
    if (!s && y[i] === 1) fn++;
  });
  const f = (n: number) => n.toFixed(3);
  return `agreement ${f(agree / y.length)} (${agree}/${y.length}), covered precision ${f(tp / Math.max(1, tp + fp))}, recall ${f(tp / Math.max(1, tp + fn))}`;
}

const prob = (fit: LogisticFit, x: number[]) => sigmoid(logOdds(fit, x));
const cv = new Array<boolean>(rows.length).fill(false);
for (let k = 0; k < FOLDS; k++) {
  const train = rows.map((_, i) => i).filter((i) => i % FOLDS !== k);
  const fit = fitLogisticRegression(
    train.map((i) => X[i]!),
    train.map((i) => y[i]!),
    OPTIONS,
  );
  rows.forEach((_, i) => {
    if (i % FOLDS === k) cv[i] = wordRule(X[i]!) || prob(fit, X[i]!) >= COVERED;
  });
}
console.log(`${rows.length} pairs (${y.filter((v) => v).length} covered)`);
console.log(`word rule alone (before):          ${tally(X.map(wordRule))}`);
console.log(`word rule, partial as covered:      ${tally(X.map(wordRuleLoose))}`);
console.log(`word rule or learned reading (CV): ${tally(cv)}`);
const full = fitLogisticRegression(X, y, OPTIONS);
if (process.argv.includes("--dump")) {
  for (const [i, r] of rows.entries()) {
    const x = X[i]!.map((v) => v.toFixed(2)).join(" ");
    console.log([y[i], cv[i] ? 1 : 0, prob(full, X[i]!).toFixed(2), x, r.point, "|", r.sentence].join("\t"));
  }
}
console.log("fit on all:", JSON.stringify(full));
if (process.argv.includes("--write")) {
  const file = path.resolve(here, "../feedback/key-point-model.ts");
  writeFileSync(
    file,
    `/**\n * Written by \`node --import tsx tools/interviews/eval/fit-key-point-model.ts --write\` from\n * evals/data/key-point-pairs. Do not edit by hand.\n */\nexport const KEY_POINT_MODEL = {\n  fit: {\n    mean: [${full.mean.join(", ")}],\n    scale: [${full.scale.join(", ")}],\n    weights: [${full.weights.join(", ")}],\n    bias: ${full.bias},\n  },\n  covered: ${COVERED},\n};\n`,
  );
  console.log(`wrote ${file}`);
}
