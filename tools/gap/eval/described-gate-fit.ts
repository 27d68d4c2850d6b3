/**
 * `node --import tsx tools/gap/eval/described-gate-fit.ts [--write] [--cache <file>]`: fits the
 * described-role gate (../described-gate.ts) on the dream-role resumes' described-role pairs
 * (described-rows.ts: own-field pairs positive, other fields' negative) and chooses its bar by
 * Youden's J — the own-field FIT rate minus the other fields' FIT rate, over the pairs the
 * verdict would call FIT (P >= 0.5) — so no share or rate is set by hand. Measured leaving one
 * resume field out (its resumes against every role held out, bar chosen without them), and
 * compared with no gate and with the hand bar it replaced (a quarter of the core asks shown).
 * `--write` stores the coefficients, the bar and these numbers in data/described-gate.json;
 * `--keep-gate` keeps the committed coefficients and bar and fits only the confidence map of the
 * UNFITs the gate decides (described-gate.ts `confidence`), measured leaving each field out.
 * Deterministic: plain gradient descent from zero, a fixed number of steps.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fitLogisticRegression, logOdds, sigmoid } from "../../ml/logistic-regression.ts";
import {
  DESCRIBED_GATE_FILE,
  DESCRIBED_GATE_INPUTS,
  type DescribedGate,
  describedGateInputs,
} from "../described-gate.ts";
import { collectDescribedRows, type DescribedRow } from "./described-rows.ts";

const OPTIONS = { l2: 1, steps: 2000, rate: 0.5, digits: 4 } as const;
/** The hand bar the gate replaced (2026-12-05): FIT needed a quarter of the role's core asks shown. */
const HAND_SHARE = 0.25;

const inputsOf = (r: DescribedRow) =>
  describedGateInputs(r, {
    experience: r.features.experience ?? 0,
    occupationCloseness: r.features.occupationCloseness ?? 0,
    titleSimilarity: r.gateTitle ?? r.features.titleSimilarity ?? 0,
  });

type Gate = Omit<DescribedGate, "fitted">;

function fitGate(rows: DescribedRow[]): Gate {
  const own = rows.filter((r) => r.own).length;
  // Each side weighs half: 1 own-field pair per 14 others would otherwise barely count.
  const weights = rows.map((r) =>
    r.own ? rows.length / (2 * own) : rows.length / (2 * (rows.length - own)),
  );
  const fit = fitLogisticRegression(
    rows.map(inputsOf),
    rows.map((r) => (r.own ? 1 : 0)),
    { ...OPTIONS, weights, signs: DESCRIBED_GATE_INPUTS.map(() => 1 as const) },
  );
  const score = (r: DescribedRow) => sigmoid(logOdds(fit, inputsOf(r)));
  return { inputs: DESCRIBED_GATE_INPUTS, ...fit, bar: chooseBar(rows, score) };
}

/** FIT rates of own-field and other fields' pairs when FIT needs P >= 0.5 and `passes`. */
function rates(rows: DescribedRow[], passes: (r: DescribedRow) => boolean) {
  const fit = (r: DescribedRow) => r.probability >= 0.5 && passes(r);
  const own = rows.filter((r) => r.own);
  const other = rows.filter((r) => !r.own);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    own: round(own.filter(fit).length / Math.max(1, own.length)),
    ownFit: own.filter(fit).length,
    ownPairs: own.length,
    other: round(other.filter(fit).length / Math.max(1, other.length)),
    otherFit: other.filter(fit).length,
    otherPairs: other.length,
  };
}

/** The bar with the largest own-field minus other-field FIT rate (the lowest such bar on ties). */
function chooseBar(rows: DescribedRow[], score: (r: DescribedRow) => number): number {
  const candidates = [...new Set(rows.filter((r) => r.probability >= 0.5).map(score))].sort((a, b) => a - b);
  let best = { j: Number.NEGATIVE_INFINITY, bar: 0 };
  for (const bar of [0, ...candidates]) {
    const r = rates(rows, (x) => score(x) >= bar);
    if (r.own - r.other > best.j + 1e-9) best = { j: r.own - r.other, bar };
  }
  return Math.round(best.bar * 1e4) / 1e4;
}

/** Each row's gate log-odds and pass, from a gate fitted without its resume's field. */
function heldOutByField(rows: DescribedRow[]) {
  const held = new Map<DescribedRow, { z: number; passed: boolean }>();
  for (const field of [...new Set(rows.map((r) => r.field))].sort()) {
    const gate = fitGate(rows.filter((r) => r.field !== field));
    for (const r of rows.filter((x) => x.field === field)) {
      const z = logOdds(gate, inputsOf(r));
      held.set(r, { z, passed: sigmoid(z) >= gate.bar });
    }
  }
  return held;
}

function leaveOneFieldOut(rows: DescribedRow[], held = heldOutByField(rows)) {
  return rates(rows, (r) => held.get(r)?.passed === true);
}

/** Weights that give own-field and other pairs half the total each (the prior at even odds). */
const evenOdds = (rows: DescribedRow[]) => {
  const own = Math.max(1, rows.filter((r) => r.own).length);
  const other = Math.max(1, rows.length - own);
  return rows.map((r) => (r.own ? rows.length / (2 * own) : rows.length / (2 * other)));
};

/**
 * The gate's confidence map (described-gate.ts `confidence`): Platt scaling of the gate's
 * log-odds to P(own field), fitted on the rows the gate decides — the learned verdict alone
 * calls them FIT — with each row's log-odds from a gate fitted without its field, at even odds.
 */
function fitConfidence(rows: DescribedRow[], z: (r: DescribedRow) => number) {
  const decided = rows.filter((r) => r.probability >= 0.5);
  const fit = fitLogisticRegression(
    decided.map((r) => [z(r)]),
    decided.map((r) => (r.own ? 1 : 0)),
    { ...OPTIONS, weights: evenOdds(decided), signs: [1] },
  );
  const a = fit.weights[0]! / fit.scale[0]!;
  return { a: Math.round(a * 1e4) / 1e4, b: Math.round((fit.bias - a * fit.mean[0]!) * 1e4) / 1e4 };
}

/**
 * How the stated confidence of the gate's UNFITs holds up, at even odds (each side weighing
 * half): over the rows it decides (P(FIT) >= 0.5, below the bar), the weighted share that is
 * another field's work against the mean confidence stated, and the weighted 10-bin ECE.
 */
function confidenceReport(
  rows: DescribedRow[],
  confidence: (r: DescribedRow) => number,
  below: (r: DescribedRow) => boolean,
) {
  const all = rows.filter((r) => r.probability >= 0.5);
  const w = new Map(all.map((r, i) => [r, evenOdds(all)[i]!]));
  const decided = all.filter(below);
  const total = decided.reduce((s, r) => s + w.get(r)!, 0);
  const bins = new Map<number, { w: number; right: number; conf: number }>();
  for (const r of decided) {
    const c = confidence(r);
    const b = Math.min(9, Math.floor(c * 10));
    const bin = bins.get(b) ?? { w: 0, right: 0, conf: 0 };
    bin.w += w.get(r)!;
    bin.right += r.own ? 0 : w.get(r)!;
    bin.conf += c * w.get(r)!;
    bins.set(b, bin);
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const right = decided.reduce((s, r) => s + (r.own ? 0 : w.get(r)!), 0) / Math.max(1e-9, total);
  const stated = decided.reduce((s, r) => s + confidence(r) * w.get(r)!, 0) / Math.max(1e-9, total);
  const ece = [...bins.values()].reduce((s, b) => s + Math.abs(b.right - b.conf), 0) / Math.max(1e-9, total);
  return {
    decided: decided.length,
    ownAmongThem: decided.filter((r) => r.own).length,
    rightAtEvenOdds: round(right),
    meanConfidence: round(stated),
    ece: round(ece),
  };
}

async function loadRows(): Promise<DescribedRow[] | undefined> {
  const at = process.argv.indexOf("--cache");
  const file = at >= 0 ? process.argv[at + 1] : undefined;
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as DescribedRow[];
  const rows = await collectDescribedRows();
  if (file && rows) writeFileSync(file, JSON.stringify(rows));
  return rows;
}

const rows = await loadRows();
if (!rows) {
  process.stderr.write("described gate: ../shared/data is absent, nothing fitted\n");
  process.exit(1);
}
// `--keep-gate`: the committed weights and bar stay; only the confidence map is fitted (the map
// reads the gate's log-odds, so it is fitted for the gate it ships with).
const keep = process.argv.includes("--keep-gate");
const committed = keep ? (JSON.parse(readFileSync(DESCRIBED_GATE_FILE, "utf8")) as DescribedGate) : undefined;
const gate: Gate = committed
  ? {
      inputs: committed.inputs,
      mean: committed.mean,
      scale: committed.scale,
      weights: committed.weights,
      bias: committed.bias,
      bar: committed.bar,
    }
  : fitGate(rows);
const score = (r: DescribedRow) => sigmoid(logOdds(gate, inputsOf(r)));
const held = heldOutByField(rows);
const confidence = fitConfidence(rows, (r) => held.get(r)!.z);
const stated = (z: number) => 1 - sigmoid(confidence.a * z + confidence.b);
const fitted = {
  rows: rows.length,
  resumes: new Set(rows.map((r) => r.resume)).size,
  options: OPTIONS,
  chosenBy: "Youden's J (own-field minus other-field FIT rate) over the pairs with P(FIT) >= 0.5",
  leaveOneFieldOut: leaveOneFieldOut(rows, held),
  // The UNFITs the gate decides: the confidence they state (the map above) against how often
  // they are right at even odds — measured leaving each field out, and in sample; beside the
  // gate's own 1 - P(own field), which the map replaced.
  confidence: {
    chosenBy:
      "Platt scaling of the gate's leave-one-field-out log-odds on the rows it decides (P(FIT) >= 0.5), own-field and other pairs weighing half each",
    leaveOneFieldOut: confidenceReport(
      rows,
      (r) => stated(held.get(r)!.z),
      (r) => !held.get(r)!.passed,
    ),
    inSample: confidenceReport(
      rows,
      (r) => stated(logOdds(gate, inputsOf(r))),
      (r) => score(r) < gate.bar,
    ),
    uncalibratedInSample: confidenceReport(
      rows,
      (r) => 1 - score(r),
      (r) => score(r) < gate.bar,
    ),
  },
  inSample: rates(rows, (r) => score(r) >= gate.bar),
  withoutGate: rates(rows, () => true),
  handBar: rates(rows, (r) => r.of === 0 || r.shown >= HAND_SHARE * r.of),
  date: new Date().toISOString().slice(0, 10),
};
const out: DescribedGate = committed
  ? {
      ...gate,
      confidence,
      fitted: {
        ...committed.fitted,
        confidence: fitted.confidence,
        inSampleNow: fitted.inSample,
        confidenceDate: fitted.date,
      },
    }
  : { ...gate, confidence, fitted };
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
if (process.argv.includes("--write")) writeFileSync(DESCRIBED_GATE_FILE, `${JSON.stringify(out, null, 2)}\n`);
