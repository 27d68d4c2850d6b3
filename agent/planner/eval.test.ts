import { describe, expect, it } from "vitest";
import {
  evaluateFrozenSplit,
  evaluateUtterances,
  loadUtterances,
  ratchetRegressions,
  scoreUtterance,
} from "./eval.ts";

describe("offline planner utterance set", () => {
  it("has at least 300 varied utterances with schema-valid expectations", () => {
    const all = loadUtterances();
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(new Set(all.map((u) => u.text)).size).toBeGreaterThan(all.length * 0.97);
    const tools = new Set(all.flatMap((u) => u.expect.map((e) => e.tool)));
    expect(tools.size).toBeGreaterThanOrEqual(25);
  });

  it("plans the expected tool calls for at least 95% of them", async () => {
    const report = await evaluateUtterances();
    const misses = report.failures.map((f) => `${f.utterance.text} -> ${JSON.stringify(f.plan.calls)}`);
    expect(report.accuracy, misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  });

  it("keeps every utterance on the ratchet passing (once right, always right)", async () => {
    const report = await evaluateUtterances();
    const lost = ratchetRegressions(report.failures).map((u) => `${JSON.stringify(u.focus ?? "")} ${u.text}`);
    expect(lost, "utterances that passed before and fail now").toEqual([]);
  });

  it("reads the frozen test split without falling below its first measurement", async () => {
    const r = await evaluateFrozenSplit();
    expect(r.total).toBeGreaterThanOrEqual(100);
    // Ratchet: first measured 0.817, 0.872 with the skill word class, 0.899 NLP.js alone,
    // 0.954 blended with the n-gram regression (issue-12 note; each 5-fold model, on 80% of
    // the lines, scored 0.89-0.96). The floor leaves two points for a retrain's wobble.
    expect(r.accuracy, r.misses.join("\n")).toBeGreaterThanOrEqual(0.93);
  });

  it("scores wrong arguments and wrong tools as misses", () => {
    const u = { text: "x", expect: [{ tool: "create_roadmap" as const, args: { weeks: 8 } }] };
    expect(scoreUtterance(u, { calls: [{ name: "create_roadmap", args: { weeks: 8 } }], says: [] })).toBe(
      true,
    );
    expect(scoreUtterance(u, { calls: [{ name: "create_roadmap", args: { weeks: 6 } }], says: [] })).toBe(
      false,
    );
    expect(scoreUtterance(u, { calls: [{ name: "show_roadmap", args: {} }], says: [] })).toBe(false);
    expect(scoreUtterance(u, { calls: [], says: [{ kind: "help" }] })).toBe(false);
  });
});
