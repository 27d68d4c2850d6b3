/**
 * Rewrites evals/data/blind2/near-training.json (only when the split is rewritten); the logic
 * is scripts/split-near-training.ts, shared with every frozen split.
 */
import { writeNearTrainingRecord } from "./split-near-training.ts";

writeNearTrainingRecord("blind2");
