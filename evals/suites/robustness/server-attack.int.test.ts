/**
 * The hostile-upload suite against the running service, in its behavioural part: every
 * hostile file gets its clear message and no well-behaved turn or upload fails. The timed
 * part (latency with and without the attack, memory) is bench/hostile.bench.ts.
 */
import { describe, expect, it } from "vitest";
import { HOSTILE_UPLOADS } from "./hostile-uploads.ts";
import { runServerAttack } from "./server-attack.ts";

describe("hostile uploads while others chat", { timeout: 600_000 }, () => {
  it("answers every hostile file clearly and fails no well-behaved turn or upload", async () => {
    const report = await runServerAttack({ sessions: 4, thinkMs: [300, 800], settleMs: 0 });
    expect(report.hostile.filter((h) => !h.passed)).toEqual([]);
    expect(report.hostile).toHaveLength(HOSTILE_UPLOADS.length);
    expect(HOSTILE_UPLOADS.length).toBeGreaterThanOrEqual(14);
    const failed = [...report.calm, ...report.attacked].filter((t) => !t.ok);
    expect(failed).toEqual([]);
    expect(report.attacked.filter((t) => t.kind === "upload")).toHaveLength(4);
  });
});
