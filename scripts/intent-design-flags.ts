/**
 * The intent-model design settings the measuring scripts take from the command line
 * (scripts/intent-model-cv.ts, scripts/intent-heldout.ts), and training with the NLP.js network
 * cached: one copy of both, so the two scripts measure the same design for the same flags.
 *   --epochs N --rate R --l2 L --min-count N --orders N --tail N --seed N --balance B  (regression)
 *   --language-words 0|1 --char-min N --char-max N --clusters 0|1 --stems 0|1
 *   --phrase-chars 0|1 --fold-accents 0|1 --skeletons 0|1                                            (features)
 *   --cache DIR  (NLP.js networks, keyed by a hash of their training examples)
 *   --nlu-from FILE  (a model file, e.g. agent/planner/nlu/model.bin: its NLP.js network is taken
 *                     for training examples of the same count it was built on, skipping minutes of
 *                     NLP.js training; classifications equal the full network's, intent-model.ts)
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Example } from "../agent/planner/nlu/corpus.ts";
import { IntentModel } from "../agent/planner/nlu/intent-model.ts";
import type { NgramOptions } from "../agent/planner/nlu/ngram-features.ts";
import {
  buildWordClusters,
  DEFAULT_CLUSTERS,
  type WordClustersJSON,
} from "../agent/planner/nlu/word-clusters.ts";

/** A numeric flag's value; the fallback when absent or followed by no number ("--blocks --recall"). */
export const arg = (name: string, fallback: number) => {
  const v = process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : Number.NaN;
  return Number.isNaN(v) ? fallback : v;
};

export const cacheDir = process.argv.includes("--cache")
  ? process.argv[process.argv.indexOf("--cache") + 1]!
  : "/tmp/intent-cv-cache";

const linear = {
  epochs: arg("--epochs", Number.NaN),
  rate: arg("--rate", Number.NaN),
  l2: arg("--l2", Number.NaN),
  minCount: arg("--min-count", Number.NaN),
  orders: arg("--orders", Number.NaN),
  tail: arg("--tail", Number.NaN),
  seed: arg("--seed", Number.NaN),
  balance: arg("--balance", Number.NaN),
};
export const linearOptions = Object.fromEntries(Object.entries(linear).filter(([, v]) => !Number.isNaN(v)));

const bool = (name: string, key: keyof NgramOptions) =>
  process.argv.includes(name) ? { [key]: arg(name, 1) === 1 } : {};
/** The regression's feature settings given on the command line (ngram-features.ts says what each is). */
export const ngrams: Partial<NgramOptions> = {
  ...bool("--language-words", "languageWords"),
  ...(process.argv.includes("--char-min") ? { charMin: arg("--char-min", 3) } : {}),
  ...(process.argv.includes("--char-max") ? { charMax: arg("--char-max", 5) } : {}),
  ...bool("--clusters", "clusters"),
  ...bool("--stems", "stems"),
  ...bool("--phrase-chars", "phraseChars"),
  ...bool("--fold-accents", "foldAccents"),
  ...bool("--skeletons", "skeletons"),
};

function clusterJSON(): WordClustersJSON | undefined {
  if (!ngrams.clusters) return undefined;
  mkdirSync(cacheDir, { recursive: true });
  const file = path.join(
    cacheDir,
    `clusters-${createHash("sha1").update(JSON.stringify(DEFAULT_CLUSTERS)).digest("hex")}.json`,
  );
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8"));
  const json = buildWordClusters();
  writeFileSync(file, JSON.stringify(json));
  return json;
}
export const clusters = clusterJSON();

/**
 * The NLP.js network of the model file --nlu-from names, when that model was trained on as many
 * examples as these (the committed model.bin on the committed lines). A count check, not a hash:
 * the file keeps no examples; give the flag only for the lines the file was built from.
 */
function nluFromModelFile(count: number): unknown {
  if (!process.argv.includes("--nlu-from")) return undefined;
  const json = IntentModel.loadAsJSON(process.argv[process.argv.indexOf("--nlu-from") + 1]!);
  if (json.examples !== count) {
    console.log(
      `--nlu-from: the file was built on ${json.examples} examples, these are ${count}: training NLP.js`,
    );
    return undefined;
  }
  console.log(`--nlu-from: NLP.js network of a model built on these ${count} examples`);
  return json.nlu;
}

/** The model of these flags trained on `examples`, reusing a cached NLP.js network when there is one. */
export async function trainCached(examples: Example[]): Promise<IntentModel> {
  mkdirSync(cacheDir, { recursive: true });
  const key = createHash("sha1").update(JSON.stringify(examples)).digest("hex");
  const file = path.join(cacheDir, `${key}.json`);
  const nlu = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : nluFromModelFile(examples.length);
  const model = await IntentModel.train(examples, { linear: linearOptions, nlu, ngrams, clusters });
  if (!nlu) writeFileSync(file, JSON.stringify(model.nluJSON()));
  return model;
}
