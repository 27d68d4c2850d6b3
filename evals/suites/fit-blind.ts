/**
 * fit-blind: the verdict on a frozen blind set of resume / posting pairs
 * (evals/data/fit-blind/pairs.json, its README), labelled recruiter-style like the outside
 * dev pairs and never tuned on. It estimates issue 13's "measured from outside on unseen
 * pairs" with the dev pairs' own reader and scoring (tools/gap/eval/dev-set.ts,
 * scoreDevPredictions), and reports only aggregates: reading per-pair misses would make the
 * set stop being blind.
 */
import path from "node:path";
import { requireData } from "../core/data-files.ts";
import type { Suite } from "../core/types.ts";
import { requireFitTexts, scoreDevPredictions } from "./fit.ts";
import { loadFitSet } from "./ports.ts";

export const FIT_BLIND_PAIRS = "evals/data/fit-blind/pairs.json";

export const fitBlindSuite: Suite = {
  name: "fit-blind",
  title: "FIT/UNFIT verdict on the frozen blind pairs",
  description:
    "Clear-pair accuracy, FIT and UNFIT recall, ECE and Brier of the verdict on 40 frozen resume–posting pairs labelled outside the tuning loop, and its confidence on clear vs BORDERLINE pairs.",
  async run(ctx) {
    requireFitTexts(ctx, "the fit-blind pairs");
    const pairsFile = requireData(ctx, path.join(ctx.repoRoot, FIT_BLIND_PAIRS), "fit-blind pairs file");
    const fitSet = await loadFitSet();
    const predictions = await fitSet.predictDevFormat(pairsFile, "blind");
    if (!predictions) throw new Error(`The fit measurement could not read ${pairsFile} or its texts.`);
    const blind = scoreDevPredictions(predictions, "blind");
    const byLabel = (label: string) => predictions.filter((p) => p.label === label).length;
    return {
      metrics: {
        ...blind.metrics,
        "blind.pairs.fit": byLabel("FIT"),
        "blind.pairs.unfit": byLabel("UNFIT"),
        "blind.pairs.borderline": byLabel("BORDERLINE"),
      },
      directions: {
        ...blind.directions,
        "blind.pairs.fit": "none",
        "blind.pairs.unfit": "none",
        "blind.pairs.borderline": "none",
      },
      dataset: { source: pairsFile, items: predictions.length },
      charts: [
        {
          kind: "reliability",
          title: "Blind pairs (clear): confidence vs. how often the verdict is right",
          bins: blind.calibration.bins,
          ece: blind.calibration.ece,
        },
      ],
      notes: [
        "FROZEN: never train, tune or add rules aimed at these pairs (evals/data/fit-blind/README.md); the lead measures it.",
        "Accuracy, recall, ECE (10 bins) and Brier over the clear pairs; blind.confidence.borderline should sit below blind.confidence.clear.",
        "Per-pair verdicts are deliberately not listed: reading the misses to fix them would end the set's use as a blind estimate.",
        "Pairs read and analysed by the dev-pair measurement (tools/gap/eval/dev-set.ts) with the project's resume parser, job parser and gap analysis; `--data fit-blind=FILE` measures another file in the same format.",
      ],
    };
  },
};
