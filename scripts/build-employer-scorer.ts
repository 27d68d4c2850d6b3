/**
 * Builds tools/resume/fields/employer-model.json, the second-stage employer scorer
 * (tools/resume/fields/employer-scorer.ts), from the TRAINING split of the labelled dotin
 * resumes rendered by ../shared/tools/resume-bench/prep.mjs. The frozen test split is never read.
 *
 *   node --import tsx scripts/build-employer-scorer.ts --root <prep.mjs root> --models <DIR> [--write]
 *
 * Each resume is parsed as text and as PDF with the field labeller of the cross-validation
 * fold it was held out of (scripts/resume-labeller-cv.ts --folds 3 --models DIR keeps them),
 * with the committed label biases, so the scorer learns how far an unseen resume's tags go.
 * A candidate is an employer when it matches a labelled "Companies worked at" value by the
 * outside scorer's rule (resume-bench score.mjs: whole-word containment either way, or token
 * Jaccard >= 0.5). The same folds cross-validate the scorer: the model of the other folds
 * picks each fold's employers, and companies P/R/F1 are scored as score.mjs scores them
 * (per resume, distinct values, micro-summed) for each threshold; the threshold with the best
 * mean of the text and PDF F1 is kept, then the lower threshold at which a job with no employer
 * takes its best candidate (jobBestThreshold). Deterministic: the same data gives the same file.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { BinaryLogistic } from "../tools/ml/binary-logistic.ts";
import { SequencePerceptron, type TaggerModel } from "../tools/ml/sequence-perceptron.ts";
import { SoftmaxRegression } from "../tools/ml/softmax-regression.ts";
import { EVAL_NOW } from "../tools/resume/eval/evaluate.ts";
import { splitOf } from "../tools/resume/eval/split.ts";
import { extractDocument } from "../tools/resume/extract/index.ts";
import { resolveLimits } from "../tools/resume/extract/limits.ts";
import {
  EMPLOYER_FEATURES_VERSION,
  type EmployerCandidate,
} from "../tools/resume/fields/employer-candidates.ts";
import {
  bestPerOpenJob,
  EMPLOYER_MODEL_PATH,
  type EmployerModelJSON,
  type EmployerScorer,
} from "../tools/resume/fields/employer-scorer.ts";
import { sameThing } from "../tools/resume/fields/learned-entries.ts";
import { LABEL_BIASES, labelBiased, parseBiases } from "../tools/resume/labeller/bias.ts";
import { parseExtracted } from "../tools/resume/parse.ts";
import { parseResumeText } from "../tools/resume/parse-text.ts";
import { contains, fuzzyMatch } from "../tools/skills/eval/bench-match.ts";
import { errorBreakdown } from "./employer-errors.ts";

const { values } = parseArgs({
  options: {
    root: { type: "string" },
    models: { type: "string" },
    folds: { type: "string", default: "3" },
    // The label biases the fold models are read with (default: the committed model's).
    biases: { type: "string", default: LABEL_BIASES },
    epochs: { type: "string", default: "10" },
    rate: { type: "string", default: "1" },
    l2: { type: "string", default: "0.00001" },
    "min-count": { type: "string", default: "6" },
    // SGD's visiting order (tools/ml/softmax-regression.ts): a different order is a different model,
    // so a CV difference smaller than the spread over --seed values is noise, not a better feature.
    seed: { type: "string", default: "7" },
    // Runs over their own seeded orders whose weights are averaged, and closing epochs averaged per
    // run: steadier CV numbers, and a committed model that does not hang on one order.
    orders: { type: "string", default: "5" },
    tail: { type: "string", default: "3" },
    // A file to list each fold's worst out-of-fold misses in (for reading, not for the model).
    misses: { type: "string" },
    // Prints the out-of-fold false and missed employers by kind (scripts/employer-errors.ts).
    breakdown: { type: "boolean", default: false },
    // Keeps the parsed reads in this file and reuses them (delete it after changing the parser).
    cache: { type: "string" },
    // Feature families to leave out, comma-separated prefixes (also of listed employers' L:/rule:/labeller:
    // copies): ablations on one read cache, without re-parsing.
    without: { type: "string", default: "" },
    write: { type: "boolean", default: false },
  },
});
if (!values.root || !values.models) {
  console.error(
    "usage: build-employer-scorer.ts --root <prep.mjs root> --models <fold models dir> [--write]",
  );
  process.exit(2);
}
const root = values.root;
const folds = Number(values.folds);
// The same folds as scripts/resume-labeller-cv.ts, whose fold models give the tags.
const foldOf = (id: string) =>
  createHash("sha256").update(`dotin-cv-v1:${id}`).digest().readUInt32BE(0) % folds;

interface Example {
  candidate: EmployerCandidate;
  y: number;
}
/** One resume read one way: what the parser lists without the scorer, its candidates, the gold. */
interface Read {
  id: string;
  fold: number;
  path: "txt" | "pdf";
  companies: string[];
  /** Of `companies`, those the line rules read (the rest came from the field labeller). */
  ruleCompanies?: string[];
  examples: Example[];
  /** The listed employers (`companies`' sources) described for the scorer, y: matches a labelled one. */
  listed: Example[];
  gold: string[];
}

const distinct = (xs: string[]) => {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = x.trim().toLowerCase();
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

const wordsOf = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
/**
 * What the model learns as an employer: a candidate that names a labelled employer, or most of
 * it. The outside scorer also counts "Karnataka" inside "Infosys Karnataka", but a place is not
 * an employer, and learning it would teach the model places.
 */
function namesEmployer(candidate: string, gold: string): boolean {
  if (contains(candidate, gold)) return true;
  const c = wordsOf(candidate);
  const g = wordsOf(gold);
  const shared = [...c].filter((w) => g.has(w)).length;
  return contains(gold, candidate) && shared * 2 >= g.size;
}

const ids = readdirSync(path.join(root, "gold"))
  .map((f) => f.replace(/\.json$/, ""))
  .filter((id) => splitOf(id) === "train")
  .sort();
const limits = resolveLimits({});
const cached = values.cache && existsSync(values.cache);
const reads: Read[] = cached ? JSON.parse(readFileSync(values.cache!, "utf8")) : [];
for (let k = 0; k < folds && !cached; k++) {
  const file = path.join(values.models, `fold-${k}-of-${folds}.json`);
  if (!existsSync(file))
    throw new Error(`no fold model ${file}: run scripts/resume-labeller-cv.ts --models first`);
  const json = JSON.parse(readFileSync(file, "utf8")) as TaggerModel;
  const labeller = SequencePerceptron.fromJSON(labelBiased(json, parseBiases(values.biases)));
  for (const id of ids.filter((i) => foldOf(i) === k)) {
    const gold = distinct(
      (JSON.parse(readFileSync(path.join(root, "gold", `${id}.json`), "utf8")).gold["Companies worked at"] ??
        []) as string[],
    );
    const text = readFileSync(path.join(root, "txt", `${id}.txt`), "utf8");
    const bytes = readFileSync(path.join(root, "pdfs", `${id}.pdf`));
    for (const p of ["txt", "pdf"] as const) {
      let seen: EmployerCandidate[] = [];
      let ruleCompanies: string[] = [];
      let listed: EmployerCandidate[] = [];
      const recorder: EmployerScorer = {
        reject: (xs) => {
          listed = xs;
          return [];
        },
        accept: (candidates, ctx) => {
          seen = candidates;
          ruleCompanies = distinct(ctx.jobs.map((j) => j.entry.company ?? ""));
          return [];
        },
      };
      const options = { now: EVAL_NOW, skills: null, labeller, employers: recorder };
      const parsed =
        p === "txt"
          ? await parseResumeText(text, options)
          : await parseExtracted(await extractDocument(bytes, limits), bytes.byteLength, options);
      reads.push({
        id,
        fold: k,
        path: p,
        gold,
        companies: distinct(parsed.experience.map((e) => e.company ?? "")),
        ruleCompanies,
        listed: listed.map((candidate) => ({
          candidate,
          y: gold.some((g) => fuzzyMatch(candidate.text, g)) ? 1 : 0,
        })),
        examples: seen.map((candidate) => ({
          candidate,
          y: gold.some((g) => namesEmployer(candidate.text, g)) ? 1 : 0,
        })),
      });
    }
  }
  console.error(`fold ${k + 1}/${folds}: read`);
}

if (values.cache && !cached) writeFileSync(values.cache, JSON.stringify(reads));
const without = values.without.split(",").filter(Boolean);
if (without.length > 0) {
  const keep = (f: string) => !without.some((w) => f.replace(/^(?:L|rule|labeller):/, "").startsWith(w));
  for (const r of reads) {
    for (const e of [...r.examples, ...r.listed]) e.candidate.features = e.candidate.features.filter(keep);
  }
}

const trainScorer = (rs: Read[]): BinaryLogistic => {
  const data = rs.flatMap((r) =>
    [...r.examples, ...r.listed].map((e) => ({
      features: e.candidate.features,
      label: e.y ? "employer" : "other",
    })),
  );
  const trained = SoftmaxRegression.train(data, {
    epochs: Number(values.epochs),
    rate: Number(values.rate),
    l2: Number(values.l2),
    minCount: Number(values["min-count"]),
    seed: Number(values.seed),
    orders: Number(values.orders),
    tail: Number(values.tail),
  });
  return BinaryLogistic.fromSoftmax(trained.toJSON(0.01), "employer");
};

/**
 * Companies P/R/F1 as score.mjs counts them, for reads whose accepted candidates `pick` gives
 * and whose listed employers under `drop` go (a name goes when every job listing it is dropped).
 */
function score(rs: Read[], pick: (r: Read) => string[], drop?: number) {
  let pm = 0;
  let pn = 0;
  let gm = 0;
  let gn = 0;
  for (const r of rs) {
    const pred =
      drop === undefined
        ? [...r.companies]
        : r.companies.filter((c) =>
            r.listed.some(
              (e) =>
                e.candidate.text.trim().toLowerCase() === c.trim().toLowerCase() &&
                prob.get(e.candidate)! >= drop,
            ),
          );
    for (const c of pick(r)) if (!pred.some((x) => sameThing(x, c))) pred.push(c);
    const P = distinct(pred);
    pm += P.filter((x) => r.gold.some((g) => fuzzyMatch(x, g))).length;
    pn += P.length;
    gm += r.gold.filter((g) => P.some((x) => fuzzyMatch(x, g))).length;
    gn += r.gold.length;
  }
  const p = pn ? pm / pn : 0;
  const rec = gn ? gm / gn : 0;
  return { p, r: rec, f1: p + rec ? (2 * p * rec) / (p + rec) : 0 };
}

const thresholds = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
// Out-of-fold probabilities: each fold's candidates scored by the model of the other folds.
const prob = new Map<EmployerCandidate, number>();
for (let k = 0; k < folds; k++) {
  const model = trainScorer(reads.filter((r) => r.fold !== k));
  for (const r of reads.filter((x) => x.fold === k))
    for (const e of [...r.examples, ...r.listed])
      prob.set(e.candidate, model.probability(e.candidate.features));
}
const fmt = (s: { p: number; r: number; f1: number }) =>
  `${s.f1.toFixed(3)} (${s.p.toFixed(3)}/${s.r.toFixed(3)})`;
const byPath = (p: string) => reads.filter((r) => r.path === p);
console.log(`| threshold | companies txt F1 (P/R) | companies pdf F1 (P/R) |`);
console.log(`|---|---|---|`);
console.log(
  `| none (parser alone) | ${fmt(score(byPath("txt"), () => []))} | ${fmt(score(byPath("pdf"), () => []))} |`,
);
// Listed employers under a drop threshold go ("none": all stay), swept with the add threshold.
const drops = [undefined, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];
const means = drops.map((d) =>
  thresholds.map((t) => {
    const pick = (r: Read) =>
      r.examples.filter((e) => prob.get(e.candidate)! >= t).map((e) => e.candidate.text);
    const txt = score(byPath("txt"), pick, d);
    const pdf = score(byPath("pdf"), pick, d);
    console.log(`| ${t} drop ${d ?? "none"} | ${fmt(txt)} | ${fmt(pdf)} |`);
    return (txt.f1 + pdf.f1) / 2;
  }),
);
// The add threshold whose neighbourhood scores best (the mean with the thresholds either side):
// a single peak on ~240 resumes is as much noise as signal.
const smooth = (row: number[], i: number) => {
  const near = row.slice(Math.max(0, i - 1), i + 2);
  return near.reduce((a, b) => a + b, 0) / near.length;
};
// Only thresholds with a neighbour on each side: an end of the sweep has half a neighbourhood.
let best = { t: thresholds[1]!, drop: drops[0], f1: means[0]![1]!, smooth: smooth(means[0]!, 1) };
means.forEach((row, di) => {
  for (let i = 1; i < row.length - 1; i++)
    if (smooth(row, i) > best.smooth)
      best = { t: thresholds[i]!, drop: drops[di], f1: row[i]!, smooth: smooth(row, i) };
});
// A job the rules read with no employer takes its best candidate at a lower threshold
// (employer-scorer.ts bestPerOpenJob); swept at the chosen add and drop thresholds.
const openJob = (r: Read) => (job: number) =>
  r.examples.some(
    (e) => e.candidate.job === job && e.candidate.features.some((f) => f.startsWith("job=false|")),
  );
const jobBests = [undefined, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3];
const jobBestMeans = jobBests.map((jb) => {
  const pick = (r: Read) => {
    const out = r.examples.filter((e) => prob.get(e.candidate)! >= best.t).map((e) => e.candidate.text);
    if (jb === undefined) return out;
    const cands = r.examples.map((e) => e.candidate);
    for (const c of bestPerOpenJob(cands, openJob(r), prob)) if (prob.get(c)! >= jb) out.push(c.text);
    return out;
  };
  const txt = score(byPath("txt"), pick, best.drop);
  const pdf = score(byPath("pdf"), pick, best.drop);
  console.log(
    `| ${best.t} drop ${best.drop ?? "none"} job best ${jb ?? "none"} | ${fmt(txt)} | ${fmt(pdf)} |`,
  );
  return (txt.f1 + pdf.f1) / 2;
});
// The same neighbourhood smoothing as above, "none" included only as itself.
let jobBest: number | undefined;
let jobBestScore = jobBestMeans[0]!;
for (let i = 2; i < jobBests.length - 1; i++) {
  const s = smooth(jobBestMeans.slice(1), i - 1);
  if (s > jobBestScore) {
    jobBest = jobBests[i];
    jobBestScore = s;
  }
}
if (values.misses) {
  const rows = reads.flatMap((r) =>
    r.examples.map((e) => ({
      id: r.id,
      path: r.path,
      y: e.y,
      p: prob.get(e.candidate)!,
      text: e.candidate.text,
    })),
  );
  const fp = rows
    .filter((x) => !x.y)
    .sort((a, b) => b.p - a.p)
    .slice(0, 150);
  const fn = rows.filter((x) => x.y && x.path === "pdf").sort((a, b) => a.p - b.p);
  writeFileSync(values.misses, JSON.stringify({ fp, fn }, null, 1));
}
if (values.breakdown) {
  const errorReads = reads.map((r) => {
    const kept = r.companies.filter(
      (c) =>
        best.drop === undefined ||
        r.listed.some(
          (e) =>
            e.candidate.text.trim().toLowerCase() === c.trim().toLowerCase() &&
            prob.get(e.candidate)! >= best.drop!,
        ),
    );
    const listed = distinct(kept).map((text) => ({
      text,
      source: r.ruleCompanies?.includes(text) ? "rule" : "labeller",
    }));
    const jobPicks = new Set(
      jobBest === undefined
        ? []
        : bestPerOpenJob(
            r.examples.map((e) => e.candidate),
            openJob(r),
            prob,
          ).filter((c) => prob.get(c)! >= jobBest!),
    );
    for (const e of r.examples)
      if (
        (prob.get(e.candidate)! >= best.t || jobPicks.has(e.candidate)) &&
        !listed.some((x) => sameThing(x.text, e.candidate.text))
      )
        listed.push({ text: e.candidate.text, source: "scorer" });
    return {
      path: r.path,
      gold: r.gold,
      listed,
      candidates: r.examples.map((e) => ({ text: e.candidate.text, p: prob.get(e.candidate)! })),
      threshold: best.t,
      text: r.path === "txt" ? readFileSync(path.join(root, "txt", `${r.id}.txt`), "utf8") : undefined,
    };
  });
  console.log(`\n${errorBreakdown(errorReads)}`);
}
const all = reads.flatMap((r) => r.examples);
console.log(
  `\n${all.length} candidates, ${all.filter((e) => e.y).length} employers; threshold ${best.t}, drop ${best.drop ?? "none"} (mean F1 ${best.f1.toFixed(3)}), job best ${jobBest ?? "none"} (mean F1 ${jobBestMeans[jobBests.indexOf(jobBest)]!.toFixed(3)})`,
);
const final = trainScorer(reads);
console.log(`${final.size} weights`);
if (values.write) {
  const model: EmployerModelJSON = {
    version: EMPLOYER_FEATURES_VERSION,
    threshold: best.t,
    ...(best.drop === undefined ? {} : { dropThreshold: best.drop }),
    ...(jobBest === undefined ? {} : { jobBestThreshold: jobBest }),
    model: final.pack(),
  };
  writeFileSync(EMPLOYER_MODEL_PATH, `${JSON.stringify(model)}\n`);
  console.log(`wrote ${EMPLOYER_MODEL_PATH}`);
}
