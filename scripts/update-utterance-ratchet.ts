/**
 * Adds every utterance that passes now to the ratchet (agent/planner/utterances-ratchet.json).
 * Entries are never removed here: an utterance that passed and fails later fails the tests.
 */
import { writeFileSync } from "node:fs";
import {
  evaluateUtterances,
  loadRatchet,
  loadUtterances,
  passingKeys,
  RATCHET_PATH,
} from "../agent/planner/eval.ts";

const utterances = loadUtterances();
const report = await evaluateUtterances(utterances);
const ratchet = loadRatchet();
const before = ratchet.size;
for (const key of passingKeys(utterances, report.failures)) ratchet.add(key);
writeFileSync(RATCHET_PATH, `${JSON.stringify([...ratchet].sort(), null, 1)}\n`);
console.log(`ratchet: ${before} -> ${ratchet.size} utterances (accuracy now ${report.accuracy.toFixed(3)})`);
