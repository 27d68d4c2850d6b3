/**
 * The per-path map of the stated confidence as fit-verdict.ts fits and records it
 * (verdict-model.json pathCalibration and fitted.pathCalibration): the map on every out-of-fold
 * row of the chosen setting, and what it does out of fold, per source (team, dev, the extra
 * outside-style pairs) and per decision path — before the map, cross-fitted (each row mapped by a
 * map that never saw its pair's label), and leaving one source out (fitted on the other two: does
 * a map learned on one kind of pairs hold on another?).
 */
import type { PathCalibration } from "../path-confidence.ts";
import { loadDevPairs, MORE_PAIRS_FILE } from "./dev-set.ts";
import { calibratorName, choosePathCalibrator } from "./path-calibration-choose.ts";
import {
  fitPathCalibration,
  mappedConfidence,
  type PathCalibrator,
  type PathRow,
  pathReport,
} from "./path-calibration-fit.ts";
import type { Example } from "./verdict-fit.ts";

/**
 * The chosen map is written into the model unless `VERDICT_PATH_MAP=0` (recorded either way).
 * Opt-in after verdict17w: its refit (perPath/pair) flattened the rule path (ruleLogOdds weight 0),
 * stated the required-asks rule at 0.99 from 18 pairs all right and, at L2 12, turned a FIT to
 * UNFIT. Shipped since verdict18w: the `anchored` family starts from each path's own number with
 * a prior holding it (path-calibration-fit.ts), which keeps the rule path's order and the
 * required-asks rule near its measured rate, and the refit keeps the committed L2 and calibration.
 */
export const PATH_MAP = process.env.VERDICT_PATH_MAP !== "0";

interface FoldRows {
  rows: { fold: number; row: PathRow }[];
  heldRows: { fold: number; row: PathRow }[];
  heldFold: number[];
  maps: (PathCalibration | undefined)[];
}

const SOURCES = ["team", "dev", "more"] as const;

/** The field of every pair (team pairs are software work: their resumes are all developers'); grouping for the choice. */
export function fieldsOf(examples: Example[]): (id: string) => string {
  const fields = new Map<string, string>();
  for (const p of loadDevPairs() ?? []) fields.set(p.id, p.field);
  for (const p of loadDevPairs(MORE_PAIRS_FILE, "more") ?? []) fields.set(p.id, p.field);
  const known = new Set(examples.map((e) => e.id));
  return (id) => (known.has(id) ? (fields.get(id) ?? "software") : "unknown");
}

/**
 * The calibrator chosen out of sample (path-calibration-choose.ts), the map it fits on every
 * out-of-fold row, and the record: the choice, and per source and path before the map,
 * cross-fitted (each row mapped by a fold map that never saw its pair) and leaving one source out.
 */
export function pathCalibrationRecord(
  runs: FoldRows[],
  examples: Example[],
): { map?: PathCalibration; calibrator?: PathCalibrator; record: Record<string, unknown> } | undefined {
  const setOf = new Map(examples.map((e) => [e.id, e.set === "frozen" ? "team" : e.set]));
  const rotated = runs.flatMap((r) => r.rows);
  const held = runs.flatMap((r) => r.heldRows.map((h) => h.row));
  const all = [...rotated.map((r) => r.row), ...held];
  if (all.length < 10) return undefined;
  const choice = choosePathCalibrator(all, fieldsOf(examples));
  const calibrator = choice.chosen;
  const map = calibrator ? fitPathCalibration(all, calibrator) : undefined;
  const source = (s: string) => (r: PathRow) => setOf.get(r.id) === s;
  // Cross-fitted: a row by its fold's map (fitted without the pair's fold, extra pairs included).
  const crossFitted = new Map<PathRow, number>();
  for (const run of runs) {
    for (const { fold, row } of run.rows) crossFitted.set(row, mappedConfidence(run.maps[fold], row));
    const ids = [...new Set(run.heldRows.map((h) => h.row.id))];
    for (const { fold, row } of run.heldRows)
      if (run.heldFold[ids.indexOf(row.id)] === fold)
        crossFitted.set(row, mappedConfidence(run.maps[fold], row));
  }
  const per = (
    rows: PathRow[],
    conf: (r: PathRow) => number,
    mapFor?: (s: string) => PathCalibration | undefined,
  ) =>
    Object.fromEntries(
      SOURCES.flatMap((s) => {
        const rs = rows.filter(source(s));
        const m = mapFor?.(s);
        return rs.length ? [[s, pathReport(rs, mapFor ? (r) => mappedConfidence(m, r) : conf)]] : [];
      }),
    );
  const scored = all.filter((r) => crossFitted.has(r));
  return {
    map,
    calibrator,
    record: {
      chosen: calibratorName(calibrator),
      map,
      rows: { teamAndDev: rotated.length, extraPairs: held.length },
      fittedOn:
        "the chosen setting's grouped out-of-fold verdicts of the team and dev pairs (every fold assignment) and every fold model's verdicts on the clear extra pairs (never fitted on); each pair's rows share one unit of weight (source weighting: each source one third)",
      choice: choice.record,
      beforeMap: per(scored, (r) => r.confidence),
      crossFitted: per(scored, (r) => crossFitted.get(r) ?? r.confidence),
      leaveOneSourceOut: calibrator
        ? per(
            all,
            () => 0,
            (s) =>
              fitPathCalibration(
                all.filter((r) => !source(s)(r)),
                calibrator,
              ),
          )
        : undefined,
    },
  };
}
