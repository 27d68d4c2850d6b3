/**
 * Trains the resume field labeller (tools/resume/labeller) on the TRAINING split of the
 * labelled dotin resumes and writes tools/resume/labeller/model.json. Deterministic: the
 * same resumes give the same file. The frozen test split (tools/resume/eval/split.ts) is
 * never read.
 *
 *   node --import tsx scripts/build-resume-labeller.ts [--pdfs DIR] [--holdout] [--out FILE]
 *
 * The committed model.json is built WITH --pdfs (the 310 rendered by resume-bench's prep.mjs,
 * see its README): without it the model never sees PDF text and the PDF path scores lower.
 * --pdfs   the pdfs/ folder resume-bench's prep.mjs rendered from the same resumes: each is
 *          also learned as its PDF text reads (double spaces lost, lines rejoined).
 * --holdout  leave the dev fold out too, to measure design choices on it.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { asciiJson } from "../data/ascii-json.ts";
import { trainOrders } from "../tools/ml/sequence-orders.ts";
import type { TrainingSequence } from "../tools/ml/sequence-perceptron.ts";
import { loadDotin, sharedDataDir } from "../tools/resume/eval/dotin.ts";
import { isDevFold, splitOf } from "../tools/resume/eval/split.ts";
import { extractDocument } from "../tools/resume/extract/index.ts";
import { resolveLimits } from "../tools/resume/extract/limits.ts";
import { LABELS } from "../tools/resume/labeller/align.ts";
import { LABEL_BIASES, labelBiased, MISS_COSTS, parseBiases } from "../tools/resume/labeller/bias.ts";
import { BEAM, LABELLER_ORDERS, MODEL_PATH, ONE_PARAGRAPH_COPIES } from "../tools/resume/labeller/index.ts";
import { oneParagraphCopy } from "../tools/resume/labeller/one-paragraph.ts";
import { goldFields, trainingSequence } from "../tools/resume/labeller/training.ts";

const { values } = parseArgs({
  options: {
    dir: { type: "string" },
    pdfs: { type: "string" },
    holdout: { type: "boolean", default: false },
    out: { type: "string", default: MODEL_PATH },
    epochs: { type: "string", default: "8" },
    // Whole-sequence training with this beam (tools/ml/sequence-perceptron.ts); "0": token by token.
    beam: { type: "string", default: String(BEAM) },
    // Weights this small change almost no decision; leaving them out keeps the file small.
    "min-weight": { type: "string", default: "1" },
    // Decode-time label biases picked by cross-validation (scripts/resume-labeller-cv.ts
    // --biases; labeller/bias.ts), e.g. "B-COMP=6": employers opened more readily.
    biases: { type: "string", default: LABEL_BIASES },
    // What a missed label costs in whole-sequence training (labeller/bias.ts MISS_COSTS).
    "miss-cost": { type: "string", default: MISS_COSTS },
    // What missing an employer inside a line of prose costs (labeller/training.ts), default 1.
    "prose-employer-cost": { type: "string", default: "1" },
    // Visiting orders averaged (tools/ml/sequence-orders.ts) and the first order's seed.
    orders: { type: "string", default: String(LABELLER_ORDERS) },
    seed: { type: "string", default: "1" },
    // Also learn each lined resume's one-paragraph copy (labeller/one-paragraph.ts).
    "one-paragraph": { type: "string", default: String(ONE_PARAGRAPH_COPIES) },
  },
});
const repoRoot = path.resolve(import.meta.dirname, "..");
const dir = values.dir ?? path.join(sharedDataDir(repoRoot), "resumes/dotin_train");
const resumes = loadDotin(dir).filter(
  (r) => splitOf(r.id) === "train" && !(values.holdout && isDevFold(r.id)),
);
if (resumes.length === 0) {
  console.error(`No labelled resumes in ${dir}.`);
  process.exit(1);
}

const data: TrainingSequence[] = [];
const limits = resolveLimits({});
for (const r of resumes) {
  // Learned on the lines the parser gives it (resumeLines), as it is used.
  const gold = goldFields(r.gold);
  const cost = Number(values["prose-employer-cost"]);
  data.push(trainingSequence(r.text, gold, cost));
  const pdf = values.pdfs && path.join(values.pdfs, `${r.id}.pdf`);
  if (pdf && existsSync(pdf))
    data.push(trainingSequence((await extractDocument(readFileSync(pdf), limits)).text, gold, cost));
  const flat = values["one-paragraph"] === "true" ? oneParagraphCopy(r.text, r.id) : undefined;
  if (flat) data.push(trainingSequence(flat, gold));
}
const t0 = performance.now();
const model = trainOrders(LABELS, data, {
  epochs: Number(values.epochs),
  beam: Number(values.beam) || undefined,
  missCost: parseBiases(values["miss-cost"]),
  orders: Number(values.orders),
  seed: Number(values.seed),
});
const json = asciiJson(labelBiased(model.toJSON(Number(values["min-weight"])), parseBiases(values.biases)));
writeFileSync(values.out, `${json}\n`);
console.log(
  `${resumes.length} resumes, ${data.length} texts -> ${values.out} (${Math.round(json.length / 1024)} KB) in ${Math.round(performance.now() - t0)} ms`,
);
