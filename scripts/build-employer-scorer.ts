/**
 * Builds tools/resume/fields/employer-model.json, the second-stage employer scorer
 * (tools/resume/fields/employer-scorer.ts), from the TRAINING split of the labelled dotin
 * resumes rendered by ../shared/tools/resume-bench/prep.mjs. The frozen test split is never read.
 *
 *   node --import tsx scripts/build-employer-scorer.ts --root <prep.mjs root> --models <DIR> [--write]
 *     [--folds 5] [--replay shipped --replay-cache FILE]
 *
 * Each resume is parsed as text and as PDF with the field labeller of the cross-validation
 * fold it was held out of (scripts/resume-labeller-cv.ts --folds 5 --models DIR keeps them),
 * with the committed label biases, so the scorer learns how far an unseen resume's tags go
 * (employer-scorer-reads.ts). A candidate is an employer when it matches a labelled "Companies
 * worked at" value by the outside scorer's rule (resume-bench score.mjs: whole-word containment
 * either way, or token Jaccard >= 0.5). The same folds cross-validate the scorer: the model of
 * the other folds finishes each fold's parses through the parser's own addScoredEmployers, and
 * the add, drop and job-best thresholds kept are those whose companies F1 of the parser's output
 * (mean of text and PDF) is best out of fold (employer-threshold-sweep.ts); they replace the
 * committed model's thresholds only when their gain on the PDF reads clears twice its paired spread
 * on frozen-split-sized samples (employer-threshold-gate.ts). Deterministic: the same data gives
 * the same file.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  bestPerOpenJob,
  EMPLOYER_MODEL_PATH,
  type EmployerModelJSON,
  employerScorer,
} from "../tools/resume/fields/employer-scorer.ts";
import { sameThing } from "../tools/resume/fields/learned-entries.ts";
import { LABEL_BIASES } from "../tools/resume/labeller/bias.ts";
import { errorBreakdown } from "./employer-errors.ts";
import { replayRows, subsetSpread } from "./employer-replay.ts";
import { distinct, type Read, SHIPPED, trainingReads, trainScorer } from "./employer-scorer-reads.ts";
import { thresholdGate } from "./employer-threshold-gate.ts";
import {
  companiesScore,
  fmtPrf,
  modelJSON,
  sweepThroughParser,
  type Thresholds,
} from "./employer-threshold-sweep.ts";

const { values } = parseArgs({
  options: {
    root: { type: "string" },
    models: { type: "string" },
    folds: { type: "string", default: "5" },
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
    // Thresholds "add,drop,jobBest" ("-": none) to keep instead of sweeping (still scored out of fold).
    thresholds: { type: "string" },
    // Where the sweep starts ("add,drop,jobBest"; default: the committed model's thresholds).
    start: { type: "string" },
    // A folder to write each fold's scorer in (fold-K-of-N.json, the picked thresholds), for
    // scripts/resume-labeller-cv.ts --employer-models: the whole parse scored from outside.
    "fold-scorers": { type: "string" },
    // A file to list each fold's worst out-of-fold misses in (for reading, not for the model).
    misses: { type: "string" },
    // Prints the out-of-fold false and missed employers by kind (scripts/employer-errors.ts).
    breakdown: { type: "boolean", default: false },
    // Keeps the parsed reads in this file and reuses them (delete it after changing the parser).
    cache: { type: "string" },
    // Feature families to leave out, comma-separated prefixes (also of listed employers' L:/rule:/labeller:
    // copies): ablations on one read cache, without re-parsing. A family left out of training has no
    // weight, so the parser's replay ignores it too.
    without: { type: "string", default: "" },
    // Replays the fold scorers on other parses of the same resumes: a labeller folder, or "shipped"
    // (the committed labeller for every fold: the tags a resume the project meets gets), with its
    // own read cache (--replay-cache); prints them beside the spread of a difference on samples the
    // size of the frozen split (--spread-size) (employer-replay.ts).
    replay: { type: "string" },
    "replay-cache": { type: "string" },
    "spread-size": { type: "string", default: "74" },
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
const reads = await trainingReads({
  root,
  models: values.models,
  folds,
  biases: values.biases,
  cache: values.cache,
});
const without = values.without.split(",").filter(Boolean);
if (without.length > 0) {
  const keep = (f: string) => !without.some((w) => f.replace(/^(?:L|rule|labeller):/, "").startsWith(w));
  for (const r of reads) {
    for (const e of [...r.examples, ...r.listed]) e.candidate.features = e.candidate.features.filter(keep);
  }
}
const trainOptions = {
  epochs: Number(values.epochs),
  rate: Number(values.rate),
  l2: Number(values.l2),
  minCount: Number(values["min-count"]),
  seed: Number(values.seed),
  orders: Number(values.orders),
  tail: Number(values.tail),
};
// Out-of-fold models: fold k's reads are scored by the model of the other folds.
const foldModels = Array.from({ length: folds }, (_, k) =>
  trainScorer(
    reads.filter((r) => r.fold !== k),
    trainOptions,
  ),
);
const prob = new Map<Read["examples"][number]["candidate"], number>();
for (const r of reads)
  for (const e of [...r.examples, ...r.listed])
    prob.set(e.candidate, foldModels[r.fold]!.probability(e.candidate.features));

const parseThresholds = (spec: string): Thresholds => {
  const [t, d, j] = spec.split(",").map((x) => (x === "-" || x === undefined ? undefined : Number(x)));
  if (t === undefined || !Number.isFinite(t))
    throw new Error(`Bad thresholds "${spec}": write add,drop,jobBest.`);
  return { threshold: t, dropThreshold: d, jobBestThreshold: j };
};
const committed = JSON.parse(readFileSync(EMPLOYER_MODEL_PATH, "utf8")) as EmployerModelJSON;
const byPath = (p: string) => reads.filter((r) => r.path === p);
console.log(
  `parser alone (no scorer): txt ${fmtPrf(companiesScore(byPath("txt"), []))}, pdf ${fmtPrf(companiesScore(byPath("pdf"), []))}`,
);
let best: Thresholds;
if (values.thresholds) {
  best = parseThresholds(values.thresholds);
  const scorers = foldModels.map((m) => employerScorer(modelJSON(m, best)));
  const txt = companiesScore(byPath("txt"), scorers);
  const pdf = companiesScore(byPath("pdf"), scorers);
  console.log(`kept ${values.thresholds}: txt ${fmtPrf(txt)}, pdf ${fmtPrf(pdf)}`);
} else {
  const start = values.start
    ? parseThresholds(values.start)
    : {
        threshold: committed.threshold,
        dropThreshold: committed.dropThreshold,
        jobBestThreshold: committed.jobBestThreshold,
      };
  const swept = sweepThroughParser(reads, foldModels, start, (line) => console.log(line));
  console.log(`picked through the parser: txt ${fmtPrf(swept.txt)}, pdf ${fmtPrf(swept.pdf)}`);
  best = gatedThresholds(swept.best);
}
/**
 * The swept thresholds replace `committedAt` only when they gain out of fold on the PDF reads (the
 * path the bench reads) by more than the spread of that gain on frozen-split-sized samples.
 */
function gatedThresholds(picked: Thresholds): Thresholds {
  const committedAt: Thresholds = {
    threshold: committed.threshold,
    dropThreshold: committed.dropThreshold,
    jobBestThreshold: committed.jobBestThreshold,
  };
  const at = (t: Thresholds) => foldModels.map((m) => employerScorer(modelJSON(m, t)));
  const spread = subsetSpread(byPath("pdf"), at(committedAt), at(picked), Number(values["spread-size"]));
  const gate = thresholdGate(spread);
  console.log(`threshold gate: ${gate.keep} (${gate.reason})`);
  return gate.keep === "picked" ? picked : committedAt;
}
if (values["fold-scorers"]) {
  mkdirSync(values["fold-scorers"], { recursive: true });
  for (const [k, m] of foldModels.entries())
    writeFileSync(
      path.join(values["fold-scorers"], `fold-${k}-of-${folds}.json`),
      JSON.stringify(modelJSON(m, best)),
    );
}
if (values.replay) await printReplay(best);
const jobBest = best.jobBestThreshold;
// A rule-read job with no employer takes its best candidate at jobBest (bestPerOpenJob).
const openJob = (r: Read) => (job: number) =>
  r.examples.some(
    (e) => e.candidate.job === job && e.candidate.features.some((f) => f.startsWith("job=false|")),
  );
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
        best.dropThreshold === undefined ||
        r.listed.some(
          (e) =>
            e.candidate.text.trim().toLowerCase() === c.trim().toLowerCase() &&
            prob.get(e.candidate)! >= best.dropThreshold!,
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
          ).filter((c) => prob.get(c)! >= jobBest),
    );
    for (const e of r.examples)
      if (
        (prob.get(e.candidate)! >= best.threshold || jobPicks.has(e.candidate)) &&
        !listed.some((x) => sameThing(x.text, e.candidate.text))
      )
        listed.push({ text: e.candidate.text, source: "scorer" });
    return {
      path: r.path,
      gold: r.gold,
      listed,
      candidates: r.examples.map((e) => ({ text: e.candidate.text, p: prob.get(e.candidate)! })),
      threshold: best.threshold,
      text: r.path === "txt" ? readFileSync(path.join(root, "txt", `${r.id}.txt`), "utf8") : undefined,
      parsed: r.ctx && { text: r.ctx.text, sections: r.ctx.sections },
    };
  });
  console.log(`\n${errorBreakdown(errorReads)}`);
}
const all = reads.flatMap((r) => r.examples);
console.log(
  `\n${all.length} candidates, ${all.filter((e) => e.y).length} employers; threshold ${best.threshold}, drop ${best.dropThreshold ?? "none"}, job best ${jobBest ?? "none"}`,
);
/** The fold scorers at the picked and the committed thresholds on the --replay parses, and spreads. */
async function printReplay(picked: Thresholds) {
  const shipped = values.replay === SHIPPED;
  const replay = await trainingReads({
    root,
    models: values.replay!,
    folds,
    biases: shipped ? "0" : values.biases,
    cache: values["replay-cache"],
  });
  const committedAt: Thresholds = {
    threshold: committed.threshold,
    dropThreshold: committed.dropThreshold,
    jobBestThreshold: committed.jobBestThreshold,
  };
  const name = (t: Thresholds) => `${t.threshold}/${t.dropThreshold ?? "-"}/${t.jobBestThreshold ?? "-"}`;
  const settings: [string, Thresholds][] = [
    [`picked ${name(picked)}`, picked],
    [`committed thresholds ${name(committedAt)}`, committedAt],
  ];
  console.log(`\nreplayed on parses by ${shipped ? "the shipped labeller" : values.replay}:`);
  console.log(replayRows(replay, foldModels, settings, committed).join("\n"));
  const at = (t: Thresholds) => foldModels.map((m) => employerScorer(modelJSON(m, t)));
  const size = Number(values["spread-size"]);
  for (const [label, rs] of [
    ["training parses", reads],
    ["replayed parses", replay],
  ] as const)
    for (const p of ["txt", "pdf"]) {
      const s = subsetSpread(
        rs.filter((r) => r.path === p),
        at(committedAt),
        at(picked),
        size,
      );
      console.log(
        `picked minus committed thresholds, ${label} ${p}, ${size}-resume samples: mean ${s.mean.toFixed(3)}, sd ${s.sd.toFixed(3)}, 5%..95% ${s.low.toFixed(3)}..${s.high.toFixed(3)}`,
      );
    }
}
const final = trainScorer(reads, trainOptions);
console.log(`${final.size} weights`);
if (values.write) {
  writeFileSync(EMPLOYER_MODEL_PATH, `${JSON.stringify(modelJSON(final, best))}\n`);
  console.log(`wrote ${EMPLOYER_MODEL_PATH}`);
}
