/**
 * `node --import tsx tools/gap/eval/described-gate-fit.ts [--write] [--cache <file>]`: fits the
 * described-role gate (../described-gate.ts) on the dream-role resumes' described-role pairs
 * (described-rows.ts: own-field pairs positive, other fields' negative) and chooses its bar by
 * Youden's J — the own-field FIT rate minus the other fields' FIT rate, over the pairs the
 * verdict would call FIT (P >= 0.5) — so no share or rate is set by hand. Measured leaving one
 * resume field out (its resumes against every role held out, bar chosen without them), and
 * compared with no gate and with the hand bar it replaced (a quarter of the core asks shown).
 * `--write` stores the coefficients, the bar and these numbers in data/described-gate.json.
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
    titleSimilarity: r.features.titleSimilarity ?? 0,
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

function leaveOneFieldOut(rows: DescribedRow[]) {
  const passed = new Map<DescribedRow, boolean>();
  for (const field of [...new Set(rows.map((r) => r.field))].sort()) {
    const gate = fitGate(rows.filter((r) => r.field !== field));
    for (const r of rows.filter((x) => x.field === field))
      passed.set(r, sigmoid(logOdds(gate, inputsOf(r))) >= gate.bar);
  }
  return rates(rows, (r) => passed.get(r) === true);
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
const gate = fitGate(rows);
const score = (r: DescribedRow) => sigmoid(logOdds(gate, inputsOf(r)));
const fitted = {
  rows: rows.length,
  resumes: new Set(rows.map((r) => r.resume)).size,
  options: OPTIONS,
  chosenBy: "Youden's J (own-field minus other-field FIT rate) over the pairs with P(FIT) >= 0.5",
  leaveOneFieldOut: leaveOneFieldOut(rows),
  inSample: rates(rows, (r) => score(r) >= gate.bar),
  withoutGate: rates(rows, () => true),
  handBar: rates(rows, (r) => r.of === 0 || r.shown >= HAND_SHARE * r.of),
  date: new Date().toISOString().slice(0, 10),
};
const out: DescribedGate = { ...gate, fitted };
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
if (process.argv.includes("--write")) writeFileSync(DESCRIBED_GATE_FILE, `${JSON.stringify(out, null, 2)}\n`);
