/**
 * robustness: placeholder until the analysis lands is not acceptable, so this suite
 * reports "not available" through loadProductPorts until the entry points exist.
 */
import type { Suite } from "../../core/types.ts";
import { loadProductPorts } from "../ports.ts";

export const robustnessSuite: Suite = {
  name: "robustness",
  title: "Robustness to injection, stuffing and hostile input",
  description:
    "Each resume and job in the fit set with injected instructions and keyword stuffing: every score delta must be 0 beyond what the real content supports; garbage and hostile inputs must give clear errors.",
  async run() {
    await loadProductPorts();
    return { metrics: {} };
  },
};
