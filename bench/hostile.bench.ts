/**
 * Hostile uploads while 20 well-behaved people chat (evals/suites/robustness/
 * server-attack.ts), on the service as its own process with the embedded database:
 * well-behaved turn latency without and with the attack (first event and turn end,
 * p50/p99/max, chat turns and upload turns apart), failed well-behaved turns, hostile
 * files answered clearly, and the service's resident memory (fresh, idle baseline after
 * normal use, peak during the attack, idle after it). HOSTILE_BENCH_SESSIONS changes 20.
 */

import { runServerAttack, type TurnSample } from "../evals/suites/robustness/server-attack.ts";
import type { BenchContext } from "./harness.ts";
import { percentiles } from "./harness.ts";

const SESSIONS = Number(process.env.HOSTILE_BENCH_SESSIONS ?? 20);

function rows(ctx: BenchContext, label: string, samples: TurnSample[]): void {
  for (const kind of ["chat", "upload"] as const) {
    const mine = samples.filter((s) => s.kind === kind && s.ok);
    for (const [what, values] of [
      ["first event", mine.map((s) => s.firstEventMs)],
      ["turn end", mine.map((s) => s.endMs)],
    ] as const) {
      ctx.record({
        name: `hostile ${SESSIONS} sessions, ${label}: ${kind} turn ${what}`,
        unit: "ms",
        ...percentiles(values),
        max: Math.round(Math.max(0, ...values)),
        n: values.length,
        failed: samples.filter((s) => s.kind === kind && !s.ok).length,
      });
    }
  }
}

export default async function (ctx: BenchContext): Promise<void> {
  const report = await runServerAttack({ sessions: SESSIONS });
  rows(ctx, "no attack", report.calm);
  rows(ctx, "under attack", report.attacked);
  const passed = report.hostile.filter((h) => h.passed).length;
  ctx.record({
    name: "hostile files answered with their clear message",
    unit: "files",
    p50: passed,
    p95: passed,
    n: report.hostile.length,
    failures: report.hostile.filter((h) => !h.passed),
    slowestMs: Math.max(...report.hostile.map((h) => h.ms)),
  });
  const { fresh, idleBaseline, peakDuringAttack, afterAttack } = report.rssMb;
  ctx.record({
    name: "service resident memory around the attack",
    unit: "MB",
    p50: afterAttack,
    p95: peakDuringAttack,
    n: 1,
    fresh,
    idleBaseline,
    peakDuringAttack,
    afterAttack,
    afterVsBaseline: Math.round((afterAttack / Math.max(1, idleBaseline) - 1) * 100) / 100,
  });
}
