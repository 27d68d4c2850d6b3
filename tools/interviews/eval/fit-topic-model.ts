/**
 * `node --import tsx tools/interviews/eval/fit-topic-model.ts [--write]`: chooses the hybrid
 * ranking weights (lexical and coverage fusion weights) and fits the "bank has the topic"
 * decision (topic-decision.ts) on the DEV half of evals/data/retrieval, by 5-fold
 * cross-validation; the test half is frozen: only printed, never used to choose.
 * `--write` stores the choice in tools/interviews/topic-model.ts; `--dump` prints each query's
 * decision inputs and probability, `--grid` the dev and test gain of the fusion settings.
 *
 * Each query's candidates and their signals do not depend on the weights, so they are
 * gathered once (one search per query) and re-ranked here for every setting.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrateToLatest, openDatabase } from "../../../data/db/index.ts";
import { createOfflineEmbedder } from "../../../data/embeddings/offline-embedder.ts";
import { syncQuestionVectors } from "../../../data/repositories/question-embeddings.ts";
import { createQuestionsRepository } from "../../../data/repositories/questions.ts";
import { fitLogisticRegression, type LogisticFit, logOdds, sigmoid } from "../../ml/logistic-regression.ts";
import { taxonomySkillResolver } from "../context.ts";
import { type HybridWeights, type SearchHit, searchQuestions } from "../search.ts";
import { topicFeatures } from "../topic-decision.ts";
import { summarize } from "./metrics.ts";
import { isOffBank, loadRetrievalSet, type RetrievalQuery } from "./retrieval-set.ts";

interface Gathered {
  query: RetrievalQuery;
  hits: SearchHit[];
  /** A candidate tagged with a skill the request names or of a role it names: kept without the model. */
  evidence: boolean;
}

const FOLDS = 5;
/** Leaving an answerable request with nothing costs twice what listing noise for a missing one does. */
const EMPTY_COST = 2;
const LOGISTIC = { l2: 1, steps: 3000, rate: 0.3, signs: [1, 1, 1, -1] as (1 | -1 | 0)[] };

const db = await openDatabase({ memory: true });
await migrateToLatest(db);
const embedder = createOfflineEmbedder();
await syncQuestionVectors(db, embedder);
const deps = { questions: createQuestionsRepository(db), embedder, resolveSkill: taxonomySkillResolver() };
const gathered: Gathered[] = [];
for (const query of loadRetrievalSet()) {
  const hits = await searchQuestions(deps, {
    query: query.query,
    filters: query.role ? { role: query.role } : {},
    limit: 100,
    floor: 0,
  });
  gathered.push({ query, hits, evidence: hits.some((h) => h.signals.tags > 0 || h.signals.role > 0) });
}
await db.close();

const dev = gathered.filter((g) => g.query.split === "dev");
const test = gathered.filter((g) => g.query.split === "test");
const foldOf = (g: Gathered) => dev.indexOf(g) % FOLDS;

function rank(g: Gathered, w: HybridWeights): string[] {
  const total = (h: SearchHit) =>
    w.vector * h.signals.vector +
    w.lexical * h.signals.lexical +
    w.tags * h.signals.tags +
    w.role * h.signals.role +
    w.coverage * h.signals.coverage +
    w.domain * h.signals.domain;
  return [...g.hits]
    .sort((a, b) => total(b) - total(a) || a.question.id.localeCompare(b.question.id))
    .slice(0, 10)
    .map((h) => h.question.id);
}

const features = (g: Gathered) =>
  topicFeatures(
    g.hits.map((h) => h.signals),
    g.hits[0]?.signals.units ?? 0,
  );
const keeps = (g: Gathered, fit: LogisticFit | undefined, threshold: number) =>
  g.evidence || !fit || sigmoid(logOdds(fit, features(g))) >= threshold;

function score(set: Gathered[], w: HybridWeights, fit?: LogisticFit, threshold = 0) {
  const rows = set.map((g) => ({ g, ranked: keeps(g, fit, threshold) ? rank(g, w) : [] }));
  const inBank = rows.filter((r) => !isOffBank(r.g.query));
  const offBank = rows.filter((r) => isOffBank(r.g.query));
  const s = summarize(inBank.map((r) => ({ ranked: r.ranked, relevant: r.g.query.relevant })));
  const share = (rs: typeof rows) => rs.filter((r) => r.ranked.length === 0).length / Math.max(1, rs.length);
  const inEmpty = share(inBank);
  const offAbstain = share(offBank);
  return { r5: s.recallAt5, mrr: s.mrr, inEmpty, offAbstain, utility: offAbstain - EMPTY_COST * inEmpty };
}

// 1. Fusion weights: grid, chosen by cross-validated dev recall@5 + MRR (in-bank queries).
const grid: HybridWeights[] = [];
for (const lexical of [0, 0.1, 0.2, 0.35, 0.5])
  for (const coverage of [0, 0.05, 0.1, 0.15, 0.2, 0.3])
    for (const domain of [0, 0.1, 0.2])
      for (const tags of [0.05, 0.1, 0.2])
        grid.push({ vector: 1, lexical, tags, role: 0.05, coverage, domain });
const rankingGain = (set: Gathered[], w: HybridWeights) => {
  const s = score(
    set.filter((g) => !isOffBank(g.query)),
    w,
  );
  return s.r5 + s.mrr;
};
const best = (set: Gathered[]) => grid.reduce((a, b) => (rankingGain(set, b) > rankingGain(set, a) ? b : a));
let cvGain = 0;
for (let f = 0; f < FOLDS; f++) {
  const held = dev.filter((g) => foldOf(g) === f);
  cvGain += rankingGain(held, best(dev.filter((g) => foldOf(g) !== f))) / FOLDS;
}
const weights = best(dev);
console.log("fusion weights (all dev):", JSON.stringify(weights), "CV dev R@5+MRR", cvGain.toFixed(3));

// 2. The decision: logistic over [best cosine, best coverage] on dev queries without tag/role
// evidence; the threshold maximises off-bank abstentions minus EMPTY_COST x in-bank empties.
const fitOn = (set: Gathered[]) => {
  const usable = set.filter((g) => !g.evidence);
  return fitLogisticRegression(
    usable.map(features),
    usable.map((g) => (isOffBank(g.query) ? 0 : 1)),
    LOGISTIC,
  );
};
const thresholds = Array.from({ length: 19 }, (_, i) => (i + 1) / 20);
const chooseThreshold = (set: Gathered[], fit: LogisticFit) =>
  thresholds.reduce((a, b) =>
    score(set, weights, fit, b).utility > score(set, weights, fit, a).utility ? b : a,
  );
const cv = { inEmpty: 0, offAbstain: 0, r5: 0, mrr: 0 };
for (let f = 0; f < FOLDS; f++) {
  const train = dev.filter((g) => foldOf(g) !== f);
  const held = dev.filter((g) => foldOf(g) === f);
  const fit = fitOn(train);
  const s = score(held, weights, fit, chooseThreshold(train, fit));
  for (const k of Object.keys(cv) as (keyof typeof cv)[]) cv[k] += s[k] / FOLDS;
}
const decision = fitOn(dev);
const threshold = chooseThreshold(dev, decision);
const fmt = (s: ReturnType<typeof score>) =>
  `R@5 ${s.r5.toFixed(3)} MRR ${s.mrr.toFixed(3)} in-bank empty ${s.inEmpty.toFixed(3)} off-bank abstain ${s.offAbstain.toFixed(3)}`;
console.log("decision:", JSON.stringify(decision), "threshold", threshold);
console.log(
  `CV dev (held folds): R@5 ${cv.r5.toFixed(3)} MRR ${cv.mrr.toFixed(3)} in-bank empty ${cv.inEmpty.toFixed(3)} off-bank abstain ${cv.offAbstain.toFixed(3)}`,
);
console.log("dev (fitted on it):", fmt(score(dev, weights, decision, threshold)));
console.log("TEST (frozen, never chosen on):", fmt(score(test, weights, decision, threshold)));
console.log("test, ranking only (no decision):", fmt(score(test, weights)));

if (process.argv.includes("--write")) {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../topic-model.ts");
  writeFileSync(
    file,
    `/**
 * Written by \`node --import tsx tools/interviews/eval/fit-topic-model.ts --write\`: the hybrid
 * ranking weights and the "bank has the topic" decision, chosen by cross-validation on the
 * dev half of evals/data/retrieval. Do not edit by hand.
 */
export const TOPIC_MODEL = ${JSON.stringify({ weights, decision, threshold }, null, 2)};
`,
  );
  console.log(`wrote ${file}`);
}
if (process.argv.includes("--dump"))
  for (const g of gathered)
    console.log(
      g.query.id,
      g.query.split,
      isOffBank(g.query) ? "OFF" : "in ",
      g.evidence ? "E" : " ",
      features(g)
        .map((x) => x.toFixed(2))
        .join(" "),
      sigmoid(logOdds(decision, features(g))).toFixed(2),
      g.query.query,
    );
if (process.argv.includes("--grid"))
  for (const w of grid.filter((x) => x.tags === 0.1 && x.coverage <= 0.2))
    console.log(
      JSON.stringify(w),
      "dev",
      rankingGain(dev, w).toFixed(3),
      "test",
      rankingGain(test, w).toFixed(3),
    );
