/**
 * Whether the build keeps the thresholds it swept or the committed ones. The outside bench
 * reads the PDF path, and a frozen split of ~74 resumes: a difference between two settings
 * smaller than about twice its spread over samples of that size (employer-replay.ts
 * subsetSpread, the same resumes under both settings) is noise there. Three rebuilds that
 * gained 0.01 out of fold lost on the frozen split (tools/resume/README.md), so a change of
 * bar has to clear that margin out of fold before it replaces the committed one.
 */
import type { Spread } from "./employer-replay.ts";

/** How many paired sds the picked thresholds must gain by, on average over the samples. */
export const GATE_SDS = 2;

export interface GateDecision {
  keep: "picked" | "committed";
  reason: string;
}

/** `spread`: picked minus committed companies F1 (PDF reads, out of fold) over frozen-size samples. */
export function thresholdGate(spread: Spread, sds = GATE_SDS): GateDecision {
  const margin = sds * spread.sd;
  const gain = spread.mean;
  const said = `picked minus committed ${gain.toFixed(3)}, paired sd ${spread.sd.toFixed(3)}`;
  return gain > margin && spread.low > 0
    ? { keep: "picked", reason: `${said}: over ${sds} sd and above 0 in 95% of samples` }
    : {
        keep: "committed",
        reason: `${said}: within ${sds} sd (or not above 0 in 95% of samples), noise on a frozen-size split`,
      };
}
