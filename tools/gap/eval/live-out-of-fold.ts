/**
 * The grouped out-of-fold scores of the committed verdict model's procedure (its L2 and
 * calibration method, verdict-model.json fitted), computed on the analyses the fit eval has
 * just run — not read from the number fit-verdict.ts --record-oof stored. A stored number
 * outlives the analyses that produced it: the team part's FIT F1 was stored 0.683 on 2026-12-04
 * and read 0.579 from the same procedure on 2026-12-06's analyses (branch verdict13u), while the
 * gate kept reading 0.683. Same machinery as the record: crossValidate, grouped, SEEDS fold
 * assignments, the team training pairs and clear dev pairs rotated, BORDERLINE ones as shrink
 * targets (fit-verdict.ts trainingSets).
 */
import { readFileSync } from "node:fs";
import { type Features, MODEL_FILE } from "../verdict-model.ts";
import { crossValidate } from "./cross-validate.ts";
import { loadDevPairs, MORE_PAIRS_FILE } from "./dev-set.ts";
import { loadPairs } from "./fit-set.ts";
import { trainingSets } from "./fit-verdict.ts";
import { groupedReport } from "./grouped-report.ts";
import type { PathCalibrator } from "./path-calibration-fit.ts";
import { DEFAULT_SETTINGS, type Example, SEEDS } from "./verdict-fit.ts";

/** One analysed pair as the fit eval holds it. */
export interface AnalysedPair {
  id: string;
  label: "FIT" | "UNFIT" | "BORDERLINE";
  features?: Record<string, number>;
  completeness?: number;
}

/** The committed model's L2 and calibration method, as its `fitted` record states them. */
export function committedSetting(): { l2: number; method: string } {
  const fitted = (JSON.parse(readFileSync(MODEL_FILE, "utf8")) as { fitted: Record<string, unknown> }).fitted;
  return { l2: Number(fitted.l2), method: String(fitted.calibration).split(",")[0]! };
}

/**
 * The team pairs (evals/data/fit/pairs.jsonl order: every 4th is the frozen quarter) and the
 * outside dev pairs as the fitter's examples, with the resume and ad each shares (the grouping).
 */
export function asExamples(team: AnalysedPair[], dev: AnalysedPair[], more: AnalysedPair[] = []): Example[] {
  const teamPairs = loadPairs();
  const teamIndex = new Map(teamPairs.map((p, i) => [p.id, i]));
  const devPairs = new Map(loadDevPairs()?.map((p) => [p.id, p]));
  const morePairs = new Map(more.length ? loadDevPairs(MORE_PAIRS_FILE, "more")?.map((p) => [p.id, p]) : []);
  const example = (o: AnalysedPair, set: Example["set"], resume?: string, ad?: string): Example => {
    if (!o.features) throw new Error(`pair ${o.id}: the analysis recorded no verdict inputs`);
    return {
      id: o.id,
      set,
      label: o.label,
      features: o.features as Features,
      completeness: o.completeness ?? 1,
      ...(resume ? { resume } : {}),
      ...(ad ? { ad } : {}),
    };
  };
  return [
    ...team.map((o) => {
      const i = teamIndex.get(o.id);
      const pair = i === undefined ? undefined : teamPairs[i];
      return example(o, i !== undefined && i % 4 === 3 ? "frozen" : "team", pair?.resume, pair?.job);
    }),
    ...dev.map((o) => example(o, "dev", devPairs.get(o.id)?.resume, devPairs.get(o.id)?.posting)),
    ...more.map((o) => example(o, "more", morePairs.get(o.id)?.resume, morePairs.get(o.id)?.posting)),
  ];
}

/** The committed per-path map's calibrator (fitted.pathCalibration.chosen), undefined when none ships. */
function committedCalibrator(): PathCalibrator | undefined {
  const model = JSON.parse(readFileSync(MODEL_FILE, "utf8")) as {
    pathCalibration?: unknown;
    fitted: { pathCalibration?: { chosen?: string } };
  };
  if (!model.pathCalibration) return undefined;
  // "family/weighting" or, with the prior's strength (path-calibration-choose.ts calibratorName), "family/weighting/L2 n".
  const [family, weighting, l2] = (model.fitted.pathCalibration?.chosen ?? "shared/pair").split("/");
  return { family, weighting, ...(l2 ? { l2: Number(l2.replace("L2 ", "")) } : {}) } as PathCalibrator;
}

/**
 * The grouped out-of-fold report (fitted.groupedOutOfFold's shape) of the committed procedure on
 * these pairs. `more`: the team's extra pairs (evals/data/fit/pairs-more.jsonl), never fitted on
 * by a fold model, rows of a committed per-path map's folds and scored as unseen pairs (`more`).
 */
export function groupedOutOfFoldOf(team: AnalysedPair[], dev: AnalysedPair[], more: AnalysedPair[] = []) {
  const examples = asExamples(team, dev, more);
  const sets = trainingSets(examples);
  const { l2, method } = committedSetting();
  const calibrator = committedCalibrator();
  const settings = { ...DEFAULT_SETTINGS, l2 };
  const heldOut = examples.filter((e) => e.set === "more" && e.label !== "BORDERLINE");
  const runs = SEEDS.map((seed) =>
    crossValidate(method, [...sets.team, ...sets.dev], [], sets.border, {
      seed,
      grouped: true,
      settings,
      // A committed per-path map is part of the procedure: cross-fitted on the team, dev and extra
      // pairs' rows (the fitter's own rows), each fold's map fitted without that fold's pairs.
      pathMap: !!calibrator,
      heldOut,
      ...(calibrator ? { calibrator } : {}),
    }),
  );
  return {
    ...groupedReport(
      runs.flatMap((r) => r.cv),
      examples,
      runs.flatMap((r) => r.cvHeld),
    ),
    procedure: `the committed model's procedure (L2 ${l2}, ${method}) run on this run's analyses`,
  };
}
