/**
 * Cross-validates the resume field labeller on the TRAINING split of the labelled dotin
 * resumes, scored from outside (resume-bench's shape.py + score.mjs): the training split
 * is cut into folds by a hash of the id; for each fold a model is trained on the others
 * (text and PDF read, as scripts/build-resume-labeller.ts trains) and the fold's resumes
 * are parsed with it, as text and as PDF. The frozen test split is never read.
 *
 *   node --import tsx scripts/resume-labeller-cv.ts --root <prep.mjs root> [--folds 5] [--out DIR]
 *     [--models DIR]
 *
 * --models keeps each fold's trained model in DIR (fold-K-of-N.json) and reuses it when it is
 * there, so a change to the parser alone (how it uses the labelled spans) is measured on the
 * same fold models in minutes instead of retraining. Delete DIR after changing the features.
 *
 * Skills are not extracted (they do not depend on the labeller), so skill scores read 0.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { trainOrders } from "../tools/ml/sequence-orders.ts";
import {
  SequencePerceptron,
  type TaggerModel,
  type TrainingSequence,
} from "../tools/ml/sequence-perceptron.ts";
import { BenchRun, benchPresent, linkGold } from "../tools/resume/eval/bench-score.ts";
import { EVAL_NOW } from "../tools/resume/eval/evaluate.ts";
import { splitOf } from "../tools/resume/eval/split.ts";
import { type ExtractedDocument, extractDocument } from "../tools/resume/extract/index.ts";
import { resolveLimits } from "../tools/resume/extract/limits.ts";
import { type EmployerModelJSON, employerScorer } from "../tools/resume/fields/employer-scorer.ts";
import { LABELS } from "../tools/resume/labeller/align.ts";
import { labelBiased, parseBiases } from "../tools/resume/labeller/bias.ts";
import { BEAM, LABELLER_ORDERS, ONE_PARAGRAPH_COPIES } from "../tools/resume/labeller/index.ts";
import { oneParagraphCopy } from "../tools/resume/labeller/one-paragraph.ts";
import { goldFields, trainingSequence } from "../tools/resume/labeller/training.ts";
import { parseExtracted } from "../tools/resume/parse.ts";
import { parseResumeText } from "../tools/resume/parse-text.ts";

const { values } = parseArgs({
  options: {
    root: { type: "string" },
    folds: { type: "string", default: "5" },
    epochs: { type: "string", default: "8" },
    // Whole-sequence training with this beam (tools/ml/sequence-perceptron.ts); "0": token by token.
    beam: { type: "string", default: String(BEAM) },
    "min-weight": { type: "string", default: "1" },
    // Label biases to score each fold's model with, ";" between settings: "0;B-COMP=2,I-COMP=1"
    // ("0": the model as trained). Each is added to the bias feature's weights (labelBiased).
    biases: { type: "string", default: "0" },
    // What a missed label costs in whole-sequence training, e.g. "B-COMP=2,I-COMP=2" (default none).
    "miss-cost": { type: "string", default: "0" },
    // What missing an employer inside a line of prose costs (labeller/training.ts), default 1.
    "prose-employer-cost": { type: "string", default: "1" },
    // Visiting orders averaged per fold model (tools/ml/sequence-orders.ts) and the first seed.
    orders: { type: "string", default: String(LABELLER_ORDERS) },
    seed: { type: "string", default: "1" },
    // Also train on each lined resume's one-paragraph copy (labeller/one-paragraph.ts).
    "one-paragraph": { type: "string", default: String(ONE_PARAGRAPH_COPIES) },
    models: { type: "string" },
    // Each fold's employer scorer (fold-K-of-N.json, scripts/build-employer-scorer.ts --fold-scorers),
    // so the scorer is out of fold too; default: the committed scorer (trained on every fold).
    "employer-models": { type: "string" },
    out: { type: "string", default: path.resolve(import.meta.dirname, "../evals/out/resume-labeller-cv") },
  },
});
if (!values.root || !benchPresent()) {
  console.error(
    "usage: resume-labeller-cv.ts --root <folder written by resume-bench/prep.mjs> (needs ../shared)",
  );
  process.exit(2);
}
const root = values.root;
const folds = Number(values.folds);
const foldOf = (id: string) =>
  createHash("sha256").update(`dotin-cv-v1:${id}`).digest().readUInt32BE(0) % folds;

const ids = readdirSync(path.join(root, "gold"))
  .map((f) => f.replace(/\.json$/, ""))
  .filter((id) => splitOf(id) === "train");
const gold = new Map(
  ids.map((id) => [
    id,
    goldFields(JSON.parse(readFileSync(path.join(root, "gold", `${id}.json`), "utf8")).gold),
  ]),
);
const texts = new Map(ids.map((id) => [id, readFileSync(path.join(root, "txt", `${id}.txt`), "utf8")]));
const limits = resolveLimits({});
const pdfs = new Map<string, { doc: ExtractedDocument; bytes: number }>();
for (const id of ids) {
  const bytes = readFileSync(path.join(root, "pdfs", `${id}.pdf`));
  pdfs.set(id, { doc: await extractDocument(bytes, limits), bytes: bytes.byteLength });
}

// Each resume's training sequences (text and PDF read), built once, when a fold is trained:
// every fold but its own reuses them.
const sequences = new Map<string, TrainingSequence[]>();
const proseCost = Number(values["prose-employer-cost"]);
const sequencesOf = (id: string) => {
  let s = sequences.get(id);
  if (!s) {
    s = [
      trainingSequence(texts.get(id)!, gold.get(id)!, proseCost),
      trainingSequence(pdfs.get(id)!.doc.text, gold.get(id)!, proseCost),
    ];
    const flat = values["one-paragraph"] === "true" ? oneParagraphCopy(texts.get(id)!, id) : undefined;
    if (flat) s.push(trainingSequence(flat, gold.get(id)!));
    sequences.set(id, s);
  }
  return s;
};
const goldDir = linkGold(path.join(root, "gold"), ids, path.join(values.out, "gold-cv"));
const settings = values.biases.split(";").map((b) => b.trim());
const runs = settings.map((b, n) => ({
  name: b,
  txt: new BenchRun(values.out, `txt-cv${n || ""}`),
  pdf: new BenchRun(values.out, `pdf-cv${n || ""}`),
  // The fold's resumes written in lines, read as their one-paragraph copies (what the PDF path
  // reads of such a resume when it arrives as one paragraph): how well the labeller generalises
  // to one paragraph, on resumes whose fields are known.
  flat: new BenchRun(values.out, `flat-cv${n || ""}`),
}));
const flatIds = new Set(ids.filter((id) => oneParagraphCopy(texts.get(id)!, id)));
/** Fold k's model: read from --models when kept there, else trained on `training` (and kept). */
function foldModel(k: number, training: string[]): TaggerModel {
  const kept = values.models && path.join(values.models, `fold-${k}-of-${folds}.json`);
  if (kept && existsSync(kept)) return JSON.parse(readFileSync(kept, "utf8")) as TaggerModel;
  const data = training.flatMap(sequencesOf);
  const trained = trainOrders(LABELS, data, {
    epochs: Number(values.epochs),
    beam: Number(values.beam) || undefined,
    missCost: parseBiases(values["miss-cost"]),
    orders: Number(values.orders),
    seed: Number(values.seed),
  });
  const json = trained.toJSON(Number(values["min-weight"]));
  if (kept) {
    mkdirSync(values.models!, { recursive: true });
    writeFileSync(kept, JSON.stringify(json));
  }
  return json;
}

/** Fold k's employer scorer when --employer-models is given, else the parser's committed one. */
const foldEmployers = (k: number) => {
  const dir = values["employer-models"];
  if (!dir) return undefined;
  const file = path.join(dir, `fold-${k}-of-${folds}.json`);
  return employerScorer(JSON.parse(readFileSync(file, "utf8")) as EmployerModelJSON);
};

for (let k = 0; k < folds; k++) {
  const employers = foldEmployers(k);
  const training = ids.filter((id) => foldOf(id) !== k);
  // Scored as the build writes it: the smallest weights left out, the rest rounded.
  const json = foldModel(k, training);
  for (const run of runs) {
    const labeller = SequencePerceptron.fromJSON(labelBiased(json, parseBiases(run.name)));
    for (const id of ids.filter((i) => foldOf(i) === k)) {
      run.txt.add(
        id,
        await parseResumeText(texts.get(id)!, { now: EVAL_NOW, skills: null, labeller, employers }),
      );
      const { doc, bytes } = pdfs.get(id)!;
      run.pdf.add(id, await parseExtracted(doc, bytes, { now: EVAL_NOW, skills: null, labeller, employers }));
      const flat = oneParagraphCopy(texts.get(id)!, id);
      if (flat)
        run.flat.add(id, await parseResumeText(flat, { now: EVAL_NOW, skills: null, labeller, employers }));
    }
  }
  console.error(`fold ${k + 1}/${folds}: trained on ${training.length} resumes`);
}
for (const run of runs) {
  console.log(`## biases ${run.name}`);
  console.log(run.txt.score(goldDir).table);
  console.log(run.pdf.score(goldDir).table);
  console.log(`one-paragraph copies of the ${flatIds.size} lined resumes:`);
  console.log(
    run.flat.score(linkGold(path.join(root, "gold"), [...flatIds], path.join(values.out, "gold-flat"))).table,
  );
}
