/**
 * `node --import tsx tools/gap/eval/verdict-inputs-cv.ts [--cache rows.json] [--inputs a,b]
 * [--l2 12] [--calibration isotonic-min5-prior0.5]`: how the learned verdict fitted on a set of
 * inputs (the committed ones by default, `--inputs carrying` the measured candidate: verdict-inputs.ts) does on pairs it never saw — the team's training pairs,
 * the clear outside dev pairs and the team's extra pairs labelled the outside way
 * (evals/data/fit/pairs-more.jsonl) rotated through 6 folds x 3 fold assignments together, every
 * pair sharing a resume or an ad in one fold. Each fold's model is fitted on the team and dev
 * pairs of the other folds, and again with the extra pairs as well; each is scored with and
 * without the required-asks rule (verdict-rule.ts) on top, on all pairs and on each part: AUC of
 * P(FIT), accuracy, FIT and UNFIT recall, 10-bin ECE and Brier. The frozen team quarter is never
 * used. `--cache` is fit-verdict.ts's (the extra pairs are added to it when missing).
 */
import { FEATURE_NAMES, type FeatureName } from "../verdict-model.ts";
import { requiredAsksUnmet, ruleGapsOf, verdictRule } from "../verdict-rule.ts";
import { accuracy, brier, ece, type Scored } from "./fit-scores.ts";
import { collectCached, trainingSets } from "./fit-verdict.ts";
import { groupedFoldAssignment } from "./folds.ts";
import {
  DEFAULT_SETTINGS,
  decidedByRule,
  type Example,
  FOLDS,
  fitCalibrated,
  predict,
  SEEDS,
} from "./verdict-fit.ts";
import { CARRYING_INPUTS, MODEL_INPUTS } from "./verdict-inputs.ts";

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};

/** Area under the ROC curve of P(FIT) for FIT against UNFIT (ties count half). */
export function auc(ps: Scored[]): number {
  const fit = ps.filter((x) => x.label === "FIT");
  const unfit = ps.filter((x) => x.label !== "FIT");
  let wins = 0;
  for (const a of fit) for (const b of unfit) wins += a.p > b.p ? 1 : a.p === b.p ? 0.5 : 0;
  return fit.length && unfit.length ? wins / (fit.length * unfit.length) : Number.NaN;
}

/** P(FIT) with the required-asks rule applied as the analysis applies it (verdict-stage.ts). */
function ruled(p: number, e: Example): number {
  const rule = verdictRule();
  const applies = requiredAsksUnmet(
    {
      verdict: p >= 0.5 && !decidedByRule(e) ? "FIT" : "UNFIT",
      // The feature stands at 0.5 when the job names no skill requirement: the rule reads none.
      skillsMetShare: e.features.skillsMetShare,
      requiredGaps: ruleGapsOf(e.features),
      yearsAskShort: e.features.yearsAskShort,
      describedRole: false,
    },
    rule,
  );
  return applies ? 1 - rule.confidence : p;
}

type Prediction = Scored & { set: Example["set"]; ruled: number };

export function rotate(
  examples: Example[],
  inputs: readonly string[],
  trainOn: Example["set"][],
  l2: number,
  calibration: string,
) {
  const { team, dev, border } = trainingSets(examples);
  const more = examples.filter((e) => e.set === "more" && e.label !== "BORDERLINE");
  const moreBorder = examples.filter((e) => e.set === "more" && e.label === "BORDERLINE");
  const rotated = [...team, ...dev, ...more];
  const borderline = [...border, ...moreBorder];
  const settings = { ...DEFAULT_SETTINGS, l2, leftOut: FEATURE_NAMES.filter((k) => !inputs.includes(k)) };
  const out: Prediction[] = [];
  for (const seed of SEEDS) {
    const all = [...rotated, ...borderline];
    const foldOf = groupedFoldAssignment(
      all.map((e) => [e.resume, e.ad].flatMap((k, i) => (k ? [`${i}:${k}`] : []))),
      FOLDS,
      seed,
    );
    for (let fold = 0; fold < FOLDS; fold++) {
      const train = rotated.filter((e, i) => foldOf[i] !== fold && trainOn.includes(e.set));
      const border = borderline.filter(
        (e, i) => foldOf[rotated.length + i] !== fold && trainOn.includes(e.set) && !decidedByRule(e),
      );
      const model = fitCalibrated(
        calibration,
        train.filter((e) => !decidedByRule(e)),
        border,
        train.filter(decidedByRule),
        settings,
      );
      rotated.forEach((e, i) => {
        if (foldOf[i] !== fold) return;
        const p = predict(model, e);
        out.push({ p, ruled: ruled(p, e), label: e.label, set: e.set });
      });
    }
  }
  return out;
}

const r3 = (x: number) => (Math.round(x * 1000) / 1000).toFixed(3);
function line(ps: Scored[]): string {
  return `auc ${r3(auc(ps))}  acc ${r3(accuracy(ps))}  FIT ${r3(accuracy(ps, "FIT"))}  UNFIT ${r3(accuracy(ps, "UNFIT"))}  ece ${r3(ece(ps))}  brier ${r3(brier(ps))}  (${ps.length})`;
}

async function main() {
  const examples = await collectCached();
  if (!examples?.some((e) => e.set === "more")) {
    process.stderr.write("verdict-inputs-cv skipped: ../shared/data or the extra pairs are absent\n");
    return;
  }
  const named = arg("--inputs");
  const inputs = named === "carrying" ? CARRYING_INPUTS : (named?.split(",") ?? MODEL_INPUTS);
  const unknown = inputs.filter((k) => !FEATURE_NAMES.includes(k as FeatureName));
  if (unknown.length) throw new Error(`unknown inputs: ${unknown.join(", ")}`);
  const l2 = Number(arg("--l2") ?? 12);
  const calibration = arg("--calibration") ?? "isotonic-min5-prior0.5";
  process.stdout.write(`inputs: ${inputs.join(", ")}; L2 ${l2}; ${calibration}\n`);
  for (const trainOn of [
    ["team", "dev"],
    ["team", "dev", "more"],
  ] as Example["set"][][]) {
    const ps = rotate(examples, inputs, trainOn, l2, calibration);
    for (const rule of [false, true]) {
      const shown = ps.map((x) => ({ ...x, p: rule ? x.ruled : x.p }));
      process.stdout.write(`\nfitted on ${trainOn.join(" + ")}, required-asks rule ${rule ? "on" : "off"}\n`);
      process.stdout.write(`  all   ${line(shown)}\n`);
      for (const set of ["dev", "team", "more"] as const)
        process.stdout.write(`  ${set.padEnd(5)} ${line(shown.filter((x) => x.set === set))}\n`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
