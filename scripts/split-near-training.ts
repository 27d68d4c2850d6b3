/**
 * Records which lines of a frozen blind split (evals/data/<folder>) a training line already
 * comes near (<folder>/near-training.json) and prints only counts for its README — never a
 * training line, and no line of the split. Run once when the split is written; the split's
 * overlap test then fails when training comes near any other line.
 *   node --import tsx scripts/split-near-training.ts blind3
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { frozenSplit } from "../agent/planner/nlu/split-overlap.ts";

export function writeNearTrainingRecord(folder: string): void {
  const split = frozenSplit(folder);
  const messages = new Set(split.messages());
  const turns = split.turns().length;
  const near = split.linesNearTraining();
  const nearMessages = near.filter((l) => messages.has(l)).length;
  const countMessages = (lines: string[]) => lines.filter((l) => messages.has(l)).length;
  // The dev-set rule of corpus.test.ts (training lines of four or more distinct words), and
  // exactly the same words (three or more) with no Jaccard at all.
  const devRule = countMessages(split.linesNearTraining({ minWords: 4 }));
  const sameWords = countMessages(
    split.linesNearTraining({ threshold: 2, minWords: Number.POSITIVE_INFINITY }),
  );
  const record = {
    rule: "word Jaccard >= 0.6 with a training line (agent/planner/nlu/data/*.txt), or the same words; any length",
    written: new Date().toISOString().slice(0, 10),
    messages: { total: messages.size, near: nearMessages, nearByDevSetRule: devRule, sameWords },
    dialogueTurns: { total: turns, near: near.length - nearMessages },
    lines: near,
  };
  writeFileSync(path.join(split.dir, "near-training.json"), `${JSON.stringify(record, null, 2)}\n`);
  console.log(
    `${folder}: ${nearMessages} of ${messages.size} messages and ${near.length - nearMessages} of ${turns} dialogue turns near a training line; ${devRule} messages by the dev-set rule (training lines of 4+ distinct words); ${sameWords} with exactly the words of a training line (3+ words)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = process.argv[2];
  if (!folder) {
    console.error("usage: split-near-training.ts <folder under evals/data>, e.g. blind3");
    process.exit(1);
  }
  writeNearTrainingRecord(folder);
}
