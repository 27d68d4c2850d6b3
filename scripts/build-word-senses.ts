/**
 * `npm run build:word-senses`: data/taxonomy/word-senses.json, the credit a resume word earns
 * for an ask word it is close to in the word vectors (tools/gap/word-coverage.ts).
 *
 * Learned, not a hand threshold: pairs of words that ESCO skill and occupation labels use for
 * each other (two labels of one concept, one word apart) are the positives; words that tell two
 * concepts' labels apart (ESCO's, and O*NET's alternate titles of different occupations) are the
 * negatives
 * (scripts/taxonomy/word-senses.ts). The concepts are split in two halves: one half's labels
 * say whether a pair is one meaning, the other half's counts are the model's evidence inputs
 * beside the cosine, so the fitted curve says how much a cosine alone is worth for a pair the
 * labels never show (a logistic regression, tools/ml). Pairs the labels do show, and single
 * words the taxonomy files as two different skills (Java and JavaScript, Sales and Marketing),
 * get their own credit in a table. Needs ../shared/data; the product reads the JSON.
 */
import { existsSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { asciiJson } from "../data/ascii-json.ts";
import { loadGlovePack } from "../data/embeddings/glove-pack.ts";
import { getTaxonomy } from "../data/taxonomy/index.ts";
import type { WordSenses } from "../tools/gap/word-senses.ts";
import { creditWithoutEvidence, glovePackVectors } from "../tools/gap/word-senses.ts";
import {
  fitLogisticRegression,
  type LogisticFit,
  logOdds,
  sigmoid,
} from "../tools/ml/logistic-regression.ts";
import { readCsv, readTsv, sourcePaths } from "./taxonomy/sources.ts";
import {
  type Concept,
  countWordPairs,
  type PairCounts,
  pairFeatures,
  pairKey,
  sameMeaning,
} from "./taxonomy/word-senses.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.CAREERCRAFT_SHARED_DATA ?? path.resolve(root, "../shared/data");
if (!existsSync(path.join(shared, "taxonomies"))) {
  console.error(
    `build-word-senses: ${shared}/taxonomies not found; the build needs the shared reference data.`,
  );
  process.exit(1);
}
const src = sourcePaths(shared);
const t0 = performance.now();

const labelsOf = (r: Record<string, string>) =>
  [r.preferredLabel ?? "", ...(r.altLabels ?? "").split("\n")].map((l) => l.trim()).filter(Boolean);
const concepts: Concept[] = [];
for (const r of readCsv(src.esco("skills_en_v1.1.1_labels.csv")))
  concepts.push({ labels: labelsOf(r), synonyms: true });
for (const r of readCsv(src.esco("occupations_en.csv")))
  concepts.push({ labels: labelsOf(r), synonyms: true });
const titles = new Map<string, string[]>();
for (const r of readTsv(src.onet("Alternate Titles.txt"))) {
  const code = r["O*NET-SOC Code"] ?? "";
  const list = titles.get(code) ?? [];
  for (const t of [r["Alternate Title"], r["Short Title"]]) if (t && t !== "n/a") list.push(t.trim());
  titles.set(code, list);
}
for (const list of titles.values()) concepts.push({ labels: list, synonyms: false });

// Two halves of the concepts by a fixed hash (deterministic).
const inFirstHalf = (i: number) => ((i * 2654435761) >>> 0) % 2 === 0;
const first = countWordPairs(concepts.filter((_, i) => inFirstHalf(i)));
const second = countWordPairs(concepts.filter((_, i) => !inFirstHalf(i)));
const all = countWordPairs(concepts);

const vectors = glovePackVectors(loadGlovePack());
const cosine = (a: string, b: string): number | undefined => {
  const x = vectors.get(a);
  const y = vectors.get(b);
  if (!x || !y) return undefined;
  let s = 0;
  for (let d = 0; d < x.length; d++) s += x[d]! * y[d]!;
  return s;
};

/** Below this cosine the curve is ~0 either way; the examples would only be noise. */
const MIN_COSINE = 0.3;
interface Example {
  key: string;
  x: number[];
  y: number;
}
const examples: Example[] = [];
for (const [labels, evidence] of [
  [first, second],
  [second, first],
] as [PairCounts, PairCounts][]) {
  for (const key of new Set([...labels.same.keys(), ...labels.different.keys()])) {
    const [a, b] = key.split("|") as [string, string];
    const c = cosine(a, b);
    if (c === undefined || c < MIN_COSINE) continue;
    examples.push({ key, x: pairFeatures(evidence, key, c), y: sameMeaning(labels, key) ? 1 : 0 });
  }
}
examples.sort((p, q) => (p.key < q.key ? -1 : p.key > q.key ? 1 : p.y - q.y));

const OPTIONS = { l2: 1, steps: 3000, rate: 0.5, digits: 4, signs: [1, 1, -1, -1] as (1 | -1)[] };
const fitCredit = (xs: Example[]) =>
  fitLogisticRegression(
    xs.map((e) => e.x),
    xs.map((e) => e.y),
    OPTIONS,
  );
const logLoss = (xs: Example[], p: (e: Example) => number) =>
  xs.reduce((s, e) => {
    const q = Math.min(0.98, Math.max(0.02, p(e)));
    return s - (e.y ? Math.log(q) : Math.log(1 - q));
  }, 0) / Math.max(1, xs.length);

// Measured on word pairs held out of the fit (by a hash of the pair), against the hand curve it replaces.
const heldOut = (e: Example) => [...e.key].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7) % 5 === 0;
const trainPart = examples.filter((e) => !heldOut(e));
const testPart = examples.filter(heldOut);
const trial = fitCredit(trainPart);
const cosineOnly = fitLogisticRegression(
  trainPart.map((e) => [e.x[0]!]),
  trainPart.map((e) => e.y),
  { ...OPTIONS, signs: [1] },
);
const HAND = { related: 0.45, synonym: 0.75 };
const measured = {
  examples: examples.length,
  positives: examples.filter((e) => e.y === 1).length,
  heldOutPairs: testPart.length,
  heldOutLogLoss: {
    model: round(logLoss(testPart, (e) => sigmoid(logOdds(trial, e.x)))),
    cosineOnly: round(logLoss(testPart, (e) => sigmoid(logOdds(cosineOnly, [e.x[0]!])))),
    handCurve: round(
      logLoss(testPart, (e) =>
        Math.min(1, Math.max(0, (e.x[0]! - HAND.related) / (HAND.synonym - HAND.related))),
      ),
    ),
  },
};
const model: LogisticFit = fitCredit(examples);

// The table: pairs whose label evidence moves their credit off the curve, and the taxonomy's
// single-word skills, which decide last: two skills the taxonomy keeps apart are not one meaning
// whatever the vectors or a shared job title say ("sales manager" and "marketing manager" are
// labels of one ESCO occupation, Sales and Marketing are two skills).
const senses: WordSenses = {
  version: 1,
  builtFrom: ["ESCO v1.1.1 skill and occupation labels", "O*NET 29.2 Alternate Titles", "taxonomy.json"],
  features: ["cosine", "log1p(same)", "log1p(different)", "log1p(together)"],
  model,
  measured,
  pairs: {},
};
const pairs = new Map<string, number>();
const OFF_CURVE = 0.1;
for (const key of new Set([...all.same.keys(), ...all.different.keys(), ...all.together.keys()])) {
  const [a, b] = key.split("|") as [string, string];
  const c = cosine(a, b);
  if (c === undefined) continue;
  // The model saw half the concepts' counts as evidence: scale the whole set's counts to match.
  const credit = sigmoid(logOdds(model, pairFeatures(all, key, c, 0.5)));
  const curve = creditWithoutEvidence(senses, c);
  if (Math.abs(credit - curve) >= OFF_CURVE && Math.max(credit, curve) >= 0.25)
    pairs.set(key, round2(credit));
}
let taxonomyPairs = 0;
const taxonomy = getTaxonomy();
const skillOfWord = new Map<string, string>();
for (const word of [...vectors.keys()].sort()) {
  if (!/^[a-z][a-z+#]{2,}$/.test(word)) continue;
  const skill = taxonomy.lookup(word);
  if (!skill) continue;
  skillOfWord.set(word, skill.id);
}
const words = [...skillOfWord.keys()];
for (let i = 0; i < words.length; i++)
  for (let j = i + 1; j < words.length; j++) {
    const a = words[i]!;
    const b = words[j]!;
    const c = cosine(a, b)!;
    if (creditWithoutEvidence(senses, c) < 0.15) continue;
    const key = pairKey(a, b);
    const [x, y] = [skillOfWord.get(a)!, skillOfWord.get(b)!];
    const credit =
      x === y
        ? 1
        : Math.max(
            taxonomy.relatedCredit(x, y),
            taxonomy.relatedCredit(y, x),
            taxonomy.isAncestor(x, y) || taxonomy.isAncestor(y, x) ? 0.9 : 0,
          );
    pairs.set(key, credit);
    taxonomyPairs++;
  }
senses.pairs = Object.fromEntries([...pairs].sort(([p], [q]) => (p < q ? -1 : 1)));
const file = path.join(root, "data/taxonomy/word-senses.json");
writeFileSync(file, `${asciiJson(senses)}\n`);
console.log(
  [
    `word senses: ${measured.examples} labelled pairs (${measured.positives} one meaning); held-out log loss ` +
      `model ${measured.heldOutLogLoss.model}, cosine only ${measured.heldOutLogLoss.cosineOnly}, hand curve ${measured.heldOutLogLoss.handCurve}`,
    `table: ${pairs.size} pairs (${taxonomyPairs} from the taxonomy's single-word skills), ${(statSync(file).size / 1024).toFixed(0)} KB`,
    `curve without evidence: ${[0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((c) => `${c} -> ${creditWithoutEvidence(senses, c).toFixed(2)}`).join(", ")}`,
    `built in ${Math.round(performance.now() - t0)} ms`,
  ].join("\n"),
);

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
