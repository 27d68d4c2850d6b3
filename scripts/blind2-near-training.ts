/**
 * Records which lines of evals/data/blind2 a training line already comes near
 * (evals/data/blind2/near-training.json) and prints the counts for its README. Run once when
 * the split is written; blind2-overlap.test.ts then fails when training comes near any other.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import {
  BLIND2_DIR,
  blind2LinesNearTraining,
  blind2Messages,
  blind2Turns,
} from "../agent/planner/nlu/blind2-overlap.ts";

const near = blind2LinesNearTraining();
const messages = new Set(blind2Messages());
const nearMessages = near.filter((l) => messages.has(l)).length;
const turns = blind2Turns().length;
const record = {
  rule: "word Jaccard >= 0.6 with a training line (agent/planner/nlu/data/*.txt), or the same words; any length",
  written: new Date().toISOString().slice(0, 10),
  messages: { total: messages.size, near: nearMessages },
  dialogueTurns: { total: turns, near: near.length - nearMessages },
  lines: near,
};
writeFileSync(path.join(BLIND2_DIR, "near-training.json"), `${JSON.stringify(record, null, 2)}\n`);
console.log(
  `blind2: ${nearMessages} of ${messages.size} messages and ${near.length - nearMessages} of ${turns} dialogue turns near a training line`,
);
