/**
 * The per-path map of the stated confidence as fit-verdict.ts fits and records it
 * (verdict-model.json pathCalibration and fitted.pathCalibration): the map on every out-of-fold
 * row of the chosen setting, and what it does out of fold, per source (team, dev, the extra
 * outside-style pairs) and per decision path — before the map, cross-fitted (each row mapped by a
 * map that never saw its pair's label), and leaving one source out (fitted on the other two: does
 * a map learned on one kind of pairs hold on another?).
 */
import type { PathCalibration } from "../path-confidence.ts";
import { fitPathCalibration, mappedConfidence, type PathRow, pathReport } from "./path-calibration-fit.ts";
import type { Example } from "./verdict-fit.ts";

/**
 * `VERDICT_PATH_MAP=1` fits the map and writes it into the model. Off by default: measured
 * 2026-12-07 (verdict16w), a map on every out-of-fold row lowers the extra pairs' ECE 0.151 ->
 * 0.133 and Brier 0.219 -> 0.196 (the near-FIT path stated 0.73 -> 0.61 at 0.46 right) but
 * raises the gated team + dev out-of-fold ECE 0.036 -> 0.093 (dev near-FIT calls are 0.77 right):
 * the record below is written either way (`--record-paths` style, fitted.pathCalibration).
 */
export const PATH_MAP = process.env.VERDICT_PATH_MAP === "1";

interface FoldRows {
  rows: { fold: number; row: PathRow }[];
  heldRows: { fold: number; row: PathRow }[];
  maps: (PathCalibration | undefined)[];
}

const SOURCES = ["team", "dev", "more"] as const;
const MORE_FOLDS = 6;

export function pathCalibrationRecord(
  runs: FoldRows[],
  examples: Example[],
): { map: PathCalibration; record: Record<string, unknown> } | undefined {
  const setOf = new Map(examples.map((e) => [e.id, e.set === "frozen" ? "team" : e.set]));
  const rotated = runs.flatMap((r) => r.rows);
  const held = runs.flatMap((r) => r.heldRows.map((h) => h.row));
  const all = [...rotated.map((r) => r.row), ...held];
  const map = fitPathCalibration(all);
  if (!map) return undefined;
  const source = (s: string) => (r: PathRow) => setOf.get(r.id) === s;
  // Cross-fitted: a team or dev row by its fold's map; an extra pair's row by a map fitted on every
  // other row and the extra pairs outside its own fold (by pair).
  const crossFitted = new Map<PathRow, number>();
  for (const run of runs)
    for (const { fold, row } of run.rows) crossFitted.set(row, mappedConfidence(run.maps[fold], row));
  const moreIds = [...new Set(held.map((r) => r.id))];
  for (let k = 0; k < MORE_FOLDS; k++) {
    const out = new Set(moreIds.filter((_, i) => i % MORE_FOLDS === k));
    const m = fitPathCalibration(all.filter((r) => !out.has(r.id)));
    for (const r of held) if (out.has(r.id)) crossFitted.set(r, mappedConfidence(m, r));
  }
  const per = (conf: (r: PathRow) => number, mapFor?: (s: string) => PathCalibration | undefined) =>
    Object.fromEntries(
      SOURCES.flatMap((s) => {
        const rs = all.filter(source(s));
        const m = mapFor?.(s);
        return rs.length ? [[s, pathReport(rs, mapFor ? (r) => mappedConfidence(m, r) : conf)]] : [];
      }),
    );
  return {
    map,
    record: {
      map,
      rows: { teamAndDev: rotated.length, extraPairs: held.length },
      fittedOn:
        "the chosen setting's grouped out-of-fold verdicts of the team and dev pairs (every fold assignment) and every fold model's verdicts on the clear extra pairs (never fitted on); each pair's rows share one unit of weight",
      beforeMap: per((r) => r.confidence),
      crossFitted: per((r) => crossFitted.get(r) ?? r.confidence),
      leaveOneSourceOut: per(
        () => 0,
        (s) => fitPathCalibration(all.filter((r) => !source(s)(r))),
      ),
    },
  };
}
