/**
 * Measures intent-model designs: k-fold cross-validation over the training examples for
 * each reader (NLP.js, the softmax regression) and their blend at several weights, then
 * one model trained on all of them scored on the frozen test split
 * (agent/planner/nlu/data/test, never tuned against) and, with --dev, on the outside dev
 * set at intent level, and with --blind on the outside splits blind2..blind15 (per split, pooled,
 * per language, share of unsure readings: intent-heldout-sets.ts). Intent level only.
 *   node --import tsx scripts/intent-model-cv.ts [--folds 5] [--dev] [--misses]
 *     [--cutoffs] [--share W] [design flags and --cache DIR: scripts/intent-design-flags.ts]
 *     [--stability N] [--data DIR] [--extra DIR] [--test DIR] [--blind] [--dump FILE]
 * --dump FILE: the held-out readings (CV lines and, with --dev, the dev messages) as JSON lines,
 * the clarify decision's training data (scripts/build-clarify-model.ts).
 * --stability N: how fragile the reader is. N times, 4 training lines (drawn by a seeded
 * generator) are left out and the model retrained; reported is the share of outside dev
 * messages whose top intent changes. NLP.js keeps the network trained on all lines (one
 * minute per retrain otherwise), so this measures the regression's part of the blend.
 * NLP.js networks take about a minute each to train: they are kept in --cache (default
 * /tmp/intent-cv-cache) under a hash of their training examples, so trying regression
 * settings or new lines re-trains only what changed.
 */
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { loadUtterances } from "../agent/planner/eval.ts";
import { type Example, loadExamples, TEST_DIR, utteranceExamples } from "../agent/planner/nlu/corpus.ts";
import { blend, IntentModel, NLPJS_SHARE } from "../agent/planner/nlu/intent-model.ts";
import { seededRandom } from "../tools/ml/seeded-random.ts";
import { arg, clusters, linearOptions, ngrams, trainCached as train } from "./intent-design-flags.ts";
import {
  DEV_FILE,
  HELD_OUT_SPLITS,
  heldOutTable,
  MESSAGE_CONTEXTS,
  messageRight,
  type Scored,
  scoreHeldOut,
  scoreMessages,
  splitFile,
} from "./intent-heldout-sets.ts";

const folds = arg("--folds", 5);
/** The blend weight the --misses and --cutoffs lines use. */
const share = arg("--share", NLPJS_SHARE);
/**
 * --blocks N: folds of N lines in a row (lines i..i+N-1 share a fold) instead of every k-th
 * line. Lines written as paraphrases of one another sit together in the files, so plain
 * k-fold tests each on its near-copies; by blocks a line's neighbours are held out with it,
 * which is closer to reading a phrasing nobody wrote.
 */
// A bare --blocks means blocks of 10 (without a number it used to parse NaN and hold nothing out).
const blocks = arg("--blocks", process.argv.includes("--blocks") ? 10 : 1);
const foldOf = (i: number) => Math.floor(i / blocks) % folds;
const SHARES = [0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1];
const CUTOFFS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6];

/** Accuracy of the blend at a weight; `right` says whether a top intent counts. */
function accuracy(items: Scored[], share: number, right = (top: string, s: Scored) => s.gold.includes(top)) {
  let ok = 0;
  const misses: string[] = [];
  for (const s of items) {
    const [top = { intent: "(none)", score: 0 }, second] = blend(s.readings, share);
    if (right(top.intent, s)) ok++;
    else
      misses.push(
        `${s.gold.join("|")} <- ${top.intent} ${top.score.toFixed(2)} / ${second?.intent} ${second?.score.toFixed(2)} ${s.label}`,
      );
  }
  return { acc: ok / Math.max(1, items.length), misses };
}

/**
 * The clarify cut-off: below it the planner asks back. Per cut-off, the share asked back
 * and right minus wrong among the rest per message (asking back scores 0: an answer that
 * is wrong costs what a right one gains), plus accuracy counting "clarify" as right where
 * that is what the data expects.
 */
function cutoffs(name: string, items: Scored[], right = (top: string, s: Scored) => s.gold.includes(top)) {
  const row = CUTOFFS.map((t) => {
    let asked = 0;
    let net = 0;
    let ok = 0;
    for (const s of items) {
      const [top] = blend(s.readings, share);
      if (!top || top.score < t) {
        asked++;
        if (s.gold.includes("clarify")) ok++;
      } else if (right(top.intent, s)) {
        net++;
        ok++;
      } else net--;
    }
    const n = Math.max(1, items.length);
    return `${t}: asked ${(asked / n).toFixed(3)} net ${(net / n).toFixed(3)} acc ${(ok / n).toFixed(3)}`;
  });
  console.log(`${name} by clarify cut-off (NLP.js share ${share}):\n  ${row.join("\n  ")}`);
  byContext(name, items, right);
}

/**
 * Whether the cut-off should depend on the conversation state: per context, right minus
 * wrong per message at each cut-off (asking back scores 0, or 1 where the set expects it),
 * and the cut-off where it peaks.
 */
function byContext(name: string, items: Scored[], right: (top: string, s: Scored) => boolean) {
  const contexts = [...new Set(items.map((s) => s.context ?? "none"))].sort();
  console.log(`${name} net (right - wrong per message) by context and cut-off:`);
  console.log(`  | context | n | ${CUTOFFS.join(" | ")} | best |`);
  for (const c of contexts) {
    const part = items.filter((s) => (s.context ?? "none") === c);
    const nets = CUTOFFS.map((t) => {
      let net = 0;
      for (const s of part) {
        const [top] = blend(s.readings, share);
        // Asking back scores 0, or 1 where the set expects a question back.
        if (!top || top.score < t) net += s.gold.includes("clarify") ? 1 : 0;
        else net += right(top.intent, s) ? 1 : -1;
      }
      return net / part.length;
    });
    const best = CUTOFFS[nets.indexOf(Math.max(...nets))];
    console.log(`  | ${c} | ${part.length} | ${nets.map((n) => n.toFixed(3)).join(" | ")} | ${best} |`);
  }
}

/** Per intent: recall, and what it is most often mistaken for (weakest first). */
function recall(items: Scored[]) {
  const by = new Map<string, { n: number; ok: number; wrong: Map<string, number> }>();
  for (const s of items) {
    const g = s.gold[0]!;
    const r = by.get(g) ?? { n: 0, ok: 0, wrong: new Map() };
    const top = blend(s.readings, share)[0]?.intent ?? "(none)";
    r.n++;
    if (top === g) r.ok++;
    else r.wrong.set(top, (r.wrong.get(top) ?? 0) + 1);
    by.set(g, r);
  }
  const rows = [...by].sort((a, b) => a[1].ok / a[1].n - b[1].ok / b[1].n);
  for (const [g, r] of rows) {
    const w = [...r.wrong].sort((a, b) => b[1] - a[1]).slice(0, 3);
    console.log(
      `  recall ${(r.ok / r.n).toFixed(2)} ${g} (${r.n}) <- ${w.map(([i, n]) => `${i}:${n}`).join(" ")}`,
    );
  }
}

function report(name: string, items: Scored[], right?: (top: string, s: Scored) => boolean) {
  const row = SHARES.map((w) => `${w}:${accuracy(items, w, right).acc.toFixed(3)}`).join("  ");
  console.log(`${name} (${items.length}), accuracy by NLP.js share: ${row}`);
  // English and the other languages apart: a line added in one language must not cost the other.
  const langs = [...new Set(items.map((s) => s.lang).filter(Boolean))];
  if (langs.length > 1) {
    const part = (en: boolean) => items.filter((s) => (s.lang === "en") === en);
    console.log(
      `  ${name} at share ${share}: en ${accuracy(part(true), share, right).acc.toFixed(3)} (${part(true).length}), other languages ${accuracy(part(false), share, right).acc.toFixed(3)} (${part(false).length})`,
    );
  }
  if (process.argv.includes("--cutoffs")) cutoffs(name, items, right);
  if (process.argv.includes("--misses"))
    for (const m of accuracy(items, share, right).misses) console.log(`  ${name} ${m}`);
}

// --data DIR: training files from elsewhere (to measure added lines before they go in).
const dataDir = process.argv.includes("--data")
  ? process.argv[process.argv.indexOf("--data") + 1]
  : undefined;
const all = [...loadExamples(dataDir), ...utteranceExamples(loadUtterances())];
// --extra DIR: lines always trained on and never held out, so the CV lines and folds stay
// those of the committed data and the score says what the new lines teach about the old ones.
const extra = process.argv.includes("--extra")
  ? loadExamples(process.argv[process.argv.indexOf("--extra") + 1])
  : [];
// --test DIR: another held-out set in the training files' format in place of the frozen split
// (data/styles-test: styles the training files have few of, written before the lines that cover them).
const frozenExamples = loadExamples(
  process.argv.includes("--test") ? process.argv[process.argv.indexOf("--test") + 1] : TEST_DIR,
);
async function scoreFrozen(model: IntentModel): Promise<Scored[]> {
  const out: Scored[] = [];
  for (const e of frozenExamples)
    out.push({
      gold: [e.intent],
      lang: e.lang,
      context: e.context ?? "none",
      readings: await model.read(e.text, e.context),
      label: `[${e.context ?? ""}] ${e.text}`,
    });
  return out;
}

// --blind: the outside splits blind2..blind15 (intent-heldout-sets.ts), also by each fold's model,
// to see how much their score moves with the training lines; --dev the outside dev set.
const blindPerFold: string[] = [];
const cv: Scored[] = [];
// Robustness: each fold's model (trained on a different 80% of the lines) on the frozen split.
const perFold: string[] = [];
for (let k = 0; k < folds && folds >= 2; k++) {
  const model = await train([...all.filter((_, i) => foldOf(i) !== k), ...extra]);
  const scored = await scoreFrozen(model);
  perFold.push(
    `${accuracy(scored, share).acc.toFixed(3)} (NLP.js alone ${accuracy(scored, 1).acc.toFixed(3)})`,
  );
  if (process.argv.includes("--blind"))
    blindPerFold.push(
      accuracy(
        (await Promise.all(HELD_OUT_SPLITS.map((b) => scoreMessages(model, splitFile(b), b)))).flat(),
        share,
        messageRight,
      ).acc.toFixed(3),
    );
  for (const e of all.filter((_, i) => foldOf(i) === k))
    cv.push({
      gold: [e.intent],
      text: e.text,
      lang: e.lang,
      context: e.context ?? "none",
      readings: await model.read(e.text, e.context),
      label: `[${e.context ?? ""}] ${e.text}`,
    });
}
const dumpFile = process.argv.includes("--dump")
  ? process.argv[process.argv.indexOf("--dump") + 1]
  : undefined;
/**
 * One held-out reading per line: the set, the message, its context, the expected intents, the
 * blend's top 5 and which of them count as right (`right` as the set scores it).
 */
const dumpLine = (
  set: string,
  s: Scored,
  i: number,
  right = (top: string, x: Scored) => x.gold.includes(top),
) => {
  const top = blend(s.readings, share).slice(0, 5);
  const ok = top.filter((t) => right(t.intent, s)).map((t) => t.intent);
  return JSON.stringify({ set, i, text: s.text, context: s.context, gold: s.gold, top, ok });
};
if (dumpFile) writeFileSync(dumpFile, cv.map((s, i) => dumpLine("cv", s, i)).join("\n") + "\n");
if (cv.length) {
  report(`${folds}-fold CV${blocks > 1 ? ` (blocks of ${blocks})` : ""}`, cv);
  if (process.argv.includes("--recall")) recall(cv);
  console.log(
    `frozen split by each fold's model (80% of the lines, NLP.js share ${share}): ${perFold.join(" ")}`,
  );
}

const model = await train([...all, ...extra]);
report("frozen", await scoreFrozen(model));

function devMessages(): { text: string; context: Example["context"]; expect: string }[] {
  return readFileSync(DEV_FILE, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => {
      const m = JSON.parse(l) as { text: string; context: string; expect: string };
      return { text: m.text, context: MESSAGE_CONTEXTS[m.context], expect: m.expect };
    });
}

if (process.argv.includes("--stability")) {
  const runs = arg("--stability", 5);
  const next = seededRandom(11);
  const dev = devMessages();
  const top = async (m: IntentModel) => {
    const out: string[] = [];
    for (const d of dev) out.push((await m.classify(d.text, d.context))[0]?.intent ?? "");
    return out;
  };
  const base = await top(model);
  const nlu = model.nluJSON();
  const flips: number[] = [];
  for (let r = 0; r < runs; r++) {
    const drop = new Set(Array.from({ length: 4 }, () => Math.floor(next() * all.length)));
    const perturbed = await IntentModel.train(
      all.filter((_, i) => !drop.has(i)),
      { linear: linearOptions, nlu, ngrams, clusters },
    );
    const tops = await top(perturbed);
    flips.push(tops.filter((t, i) => t !== base[i]).length / dev.length);
  }
  console.log(
    `stability: dev top intents changed by leaving 4 lines out: ${flips.map((f) => f.toFixed(3)).join(" ")} (mean ${(flips.reduce((a, b) => a + b, 0) / runs).toFixed(3)})`,
  );
}

if (process.argv.includes("--dev")) {
  const dev = await scoreMessages(model, DEV_FILE, "dev");
  report("dev", dev, messageRight);
  // Dev readings are for measuring the clarify decision, never for training it.
  if (dumpFile)
    appendFileSync(dumpFile, dev.map((s, i) => dumpLine("dev", s, i, messageRight)).join("\n") + "\n");
}
if (process.argv.includes("--blind")) {
  const held = await scoreHeldOut(model);
  report(
    "blind2-15",
    held.filter((s) => s.set !== "dev"),
    messageRight,
  );
  for (const l of heldOutTable(held, share)) console.log(l);
  console.log(
    `blind2-15 by each fold's model (80% of the lines, NLP.js share ${share}): ${blindPerFold.join(" ")}`,
  );
}
