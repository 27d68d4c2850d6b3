/**
 * `careercraft eval compare OLD.json NEW.json`: which metrics improved and which
 * regressed, and by how much. Direction comes from the results file (each suite says
 * which metrics are lower-is-better). Timings are noisy, so a latency change within
 * 10% is reported as unchanged rather than as a regression.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { type Direction, type EvalResults, metricDirection } from "./types.ts";

export interface MetricChange {
  suite: string;
  metric: string;
  old: number;
  new: number;
  delta: number;
  /** delta / |old|, null when old is 0. */
  relative: number | null;
  direction: Direction;
  verdict: "improved" | "regressed" | "unchanged" | "size";
}

export interface Comparison {
  changes: MetricChange[];
  improved: MetricChange[];
  regressed: MetricChange[];
  unchanged: MetricChange[];
  /** Data sizes (pairs, cases) that changed: context, not better or worse. */
  sizes: MetricChange[];
  /** The two runs differ in model or sample size, so differences may not be the code's. */
  warnings: string[];
  /** Suites whose status changed (e.g. passed -> failed, not_available -> passed). */
  statusChanges: { suite: string; old: string; new: string }[];
  onlyOld: string[];
  onlyNew: string[];
}

const resultsSchema = z.object({
  version: z.literal(1),
  suites: z.array(
    z.object({
      name: z.string(),
      status: z.string(),
      metrics: z.record(z.string(), z.number()),
      directions: z.record(z.string(), z.enum(["higher", "lower", "none"])).optional(),
    }),
  ),
});

export function readResults(file: string): EvalResults {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`${file} is not a readable results.json: ${e instanceof Error ? e.message : e}`);
  }
  const parsed = resultsSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(
      `${file} is not an eval results file: ${parsed.error.issues[0].path.join(".")} ${parsed.error.issues[0].message}`,
    );
  }
  return json as EvalResults;
}

const isTiming = (metric: string) => /_ms$/.test(metric);

export function compareResults(oldRun: EvalResults, newRun: EvalResults): Comparison {
  const changes: MetricChange[] = [];
  const statusChanges: Comparison["statusChanges"] = [];
  const onlyOld: string[] = [];
  const onlyNew: string[] = [];
  const newByName = new Map(newRun.suites.map((s) => [s.name, s]));
  const oldByName = new Map(oldRun.suites.map((s) => [s.name, s]));
  for (const before of oldRun.suites) {
    const after = newByName.get(before.name);
    if (!after) {
      onlyOld.push(before.name);
      continue;
    }
    if (before.status !== after.status)
      statusChanges.push({ suite: before.name, old: before.status, new: after.status });
    for (const [metric, oldValue] of Object.entries(before.metrics)) {
      if (!(metric in after.metrics)) {
        onlyOld.push(`${before.name}/${metric}`);
        continue;
      }
      const newValue = after.metrics[metric];
      const direction = after.directions?.[metric] ?? before.directions?.[metric] ?? metricDirection(metric);
      const delta = newValue - oldValue;
      const relative = oldValue === 0 ? null : delta / Math.abs(oldValue);
      const noise = isTiming(metric) ? relative !== null && Math.abs(relative) < 0.1 : Math.abs(delta) < 5e-4;
      const better = direction === "higher" ? delta > 0 : delta < 0;
      changes.push({
        suite: before.name,
        metric,
        old: oldValue,
        new: newValue,
        delta,
        relative,
        direction,
        verdict:
          noise || delta === 0
            ? "unchanged"
            : direction === "none"
              ? "size"
              : better
                ? "improved"
                : "regressed",
      });
    }
    for (const metric of Object.keys(after.metrics)) {
      if (!(metric in before.metrics)) onlyNew.push(`${after.name}/${metric}`);
    }
  }
  for (const s of newRun.suites) if (!oldByName.has(s.name)) onlyNew.push(s.name);
  const by = (v: MetricChange["verdict"]) =>
    changes
      .filter((c) => c.verdict === v)
      .sort((a, b) => Math.abs(b.relative ?? b.delta) - Math.abs(a.relative ?? a.delta));
  const warnings: string[] = [];
  if (oldRun.model !== newRun.model) warnings.push(`different models: ${oldRun.model} vs ${newRun.model}`);
  if (oldRun.fast !== newRun.fast) {
    warnings.push(
      `one run used the fast subset (${oldRun.fast ? "old" : "new"}): samples differ, so differences are not only the code's`,
    );
  }
  return {
    changes,
    sizes: by("size"),
    warnings,
    improved: by("improved"),
    regressed: by("regressed"),
    unchanged: by("unchanged"),
    statusChanges,
    onlyOld,
    onlyNew,
  };
}

const fmt = (x: number) =>
  Number.isInteger(x) ? String(x) : Math.abs(x) >= 100 ? x.toFixed(1) : x.toFixed(4);

function changeLine(c: MetricChange): string {
  const sign = c.delta > 0 ? "+" : "";
  const rel = c.relative === null ? "" : ` (${sign}${(c.relative * 100).toFixed(1)}%)`;
  return `  ${c.suite} ${c.metric}: ${fmt(c.old)} -> ${fmt(c.new)}  ${sign}${fmt(c.delta)}${rel}`;
}

export function formatComparison(cmp: Comparison): string {
  const lines: string[] = cmp.warnings.map((w) => `Warning: ${w}.`);
  lines.push(`Regressed (${cmp.regressed.length}):`);
  lines.push(...(cmp.regressed.length ? cmp.regressed.map(changeLine) : ["  none"]));
  lines.push(`Improved (${cmp.improved.length}):`);
  lines.push(...(cmp.improved.length ? cmp.improved.map(changeLine) : ["  none"]));
  lines.push(`Unchanged: ${cmp.unchanged.length} metric(s)`);
  if (cmp.sizes.length) {
    lines.push(
      `Data sizes changed: ${cmp.sizes.map((c) => `${c.suite} ${c.metric} ${fmt(c.old)} -> ${fmt(c.new)}`).join(", ")}`,
    );
  }
  if (cmp.statusChanges.length) {
    lines.push("Suite status changes:");
    for (const s of cmp.statusChanges) lines.push(`  ${s.suite}: ${s.old} -> ${s.new}`);
  }
  if (cmp.onlyOld.length) lines.push(`Only in old: ${cmp.onlyOld.join(", ")}`);
  if (cmp.onlyNew.length) lines.push(`Only in new: ${cmp.onlyNew.join(", ")}`);
  return lines.join("\n");
}
