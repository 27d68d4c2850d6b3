/**
 * `node --import tsx tools/gap/eval/calibrate-on-team.ts --cache <file> [--write]`: the verdict's
 * calibration map learned from the team's own pairs only (evals/data/fit), so the outside dev
 * pairs measure it instead of shaping it (issue 13: dev ECE 0.086 against a goal of 0.08 was read
 * in sample, the map having been fitted on the dev pairs too).
 *
 * The committed model keeps its weights; only `calibration` is refitted. The points the map is
 * fitted on are the team pairs' out-of-fold P(FIT) under the fit's inner cross-validation
 * (verdict-fit.ts innerOutOfFold: each P from a model trained without that pair). Each map of
 * CALIBRATION_CHOICES is scored by its cross-validated log loss over those team points (6 folds
 * by position: each fold's map fitted on the other team points); the lowest wins (then Brier),
 * and is fitted on every team point. The dev pairs are only measured, before and after (in
 * sample for the weights, out of sample for the map). `--cache` is fit-verdict.ts's analysed
 * pairs (written by it, or here when absent). Deterministic.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { calibrate } from "../calibration.ts";
import { MODEL_FILE, type VerdictModel } from "../verdict-model.ts";
import { brier, confidenceReport, logLoss } from "./fit-scores.ts";
import { collectCached, trainingSets } from "./fit-verdict.ts";
import {
  CALIBRATION_CHOICES,
  CALIBRATIONS,
  DEFAULT_SETTINGS,
  decidedByRule,
  type Example,
  FOLDS,
  innerOutOfFold,
  predict,
} from "./verdict-fit.ts";

const r3 = (x: number) => Math.round(x * 1000) / 1000;

async function main() {
  const examples = await collectCached();
  if (!examples) {
    process.stderr.write("calibrate-on-team skipped: ../shared/data is absent\n");
    return;
  }
  const { team, frozen, dev, border } = trainingSets(examples);
  // `--with-more`: the team's extra pairs labelled the outside way (evals/data/fit/pairs-more.jsonl)
  // are calibration points too, and in the inner folds' training as fit-verdict.ts --with-more has them.
  const withMore = process.argv.includes("--with-more");
  const more = withMore ? examples.filter((e) => e.set === "more") : [];
  const moreClear = more.filter((e) => e.label !== "BORDERLINE");
  const own = new Set<Example["set"]>(withMore ? ["team", "more"] : ["team"]);
  const committed = JSON.parse(readFileSync(MODEL_FILE, "utf8")) as VerdictModel & {
    fitted: Record<string, unknown>;
  };
  const settings = { ...DEFAULT_SETTINGS, l2: Number(committed.fitted.l2 ?? DEFAULT_SETTINGS.l2) };
  // The points the committed map was fitted on, restricted to the team's pairs.
  const points = innerOutOfFold(
    [...team, ...dev, ...moreClear].filter((e) => !decidedByRule(e)),
    [...border, ...more.filter((e) => e.label === "BORDERLINE")].filter((e) => !decidedByRule(e)),
    settings,
  ).filter((s) => own.has(s.set));
  const scored = (p: number, y: number) => ({ p, label: y === 1 ? "FIT" : "UNFIT" });
  const byMethod = CALIBRATION_CHOICES.map((method) => {
    const cv: { p: number; label: string }[] = [];
    for (let fold = 0; fold < FOLDS; fold++) {
      const map = CALIBRATIONS[method]!(points.filter((_, i) => i % FOLDS !== fold));
      const model = { ...committed, calibration: map };
      points.forEach((s, i) => {
        if (i % FOLDS === fold) cv.push(scored(calibrate(model.calibration, s.p), s.y));
      });
    }
    return { method, logLoss: r3(logLoss(cv)), brier: r3(brier(cv)) };
  }).sort((a, b) => a.logLoss - b.logLoss || a.brier - b.brier || a.method.localeCompare(b.method));
  const chosen = byMethod[0]!.method;
  const model: VerdictModel & { fitted: Record<string, unknown> } = {
    ...committed,
    calibration: CALIBRATIONS[chosen]!(points),
  };
  const on = (m: VerdictModel, set: typeof dev) => set.map((e) => ({ p: predict(m, e), label: e.label }));
  const report = {
    calibratedOn: `the team's own pairs only (${points.length} out-of-fold P of ${team.length} team training pairs${withMore ? ` and ${moreClear.length} clear extra pairs` : ""}); the dev pairs are not fitted on`,
    method: chosen,
    teamCrossValidated: byMethod,
    devBefore: confidenceReport(on(committed, dev)),
    devAfter: confidenceReport(on(model, dev)),
    teamBefore: confidenceReport(on(committed, [...team, ...frozen])),
    teamAfter: confidenceReport(on(model, [...team, ...frozen])),
    ...(withMore
      ? {
          moreBefore: confidenceReport(on(committed, moreClear)),
          moreAfter: confidenceReport(on(model, moreClear)),
        }
      : {}),
  };
  model.fitted = { ...committed.fitted, calibratedOn: [...own].join(" + "), teamCalibration: report };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  if (process.argv.includes("--write")) writeFileSync(MODEL_FILE, `${JSON.stringify(model, null, 2)}\n`);
}

await main();
