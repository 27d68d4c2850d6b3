/**
 * Trains the intent model on the team's examples (agent/planner/nlu/data, six languages)
 * and the planner's utterance set, and writes agent/planner/nlu/model.bin. Deterministic:
 * the same examples give the same file. Run after editing the training data:
 *   npm run build:intents [-- --cache DIR]
 * --cache DIR: reuse the NLP.js network intent-model-cv.ts / intent-seed-spread.ts trained on
 * exactly these examples (same file name: a hash of them), which takes minutes on a busy machine.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadUtterances } from "../agent/planner/eval.ts";
import { loadExamples, utteranceExamples } from "../agent/planner/nlu/corpus.ts";
import { IntentModel, MODEL_PATH } from "../agent/planner/nlu/intent-model.ts";

const examples = [...loadExamples(), ...utteranceExamples(loadUtterances())];
const t0 = performance.now();
const cache = process.argv.includes("--cache")
  ? process.argv[process.argv.indexOf("--cache") + 1]
  : undefined;
const cached =
  cache && path.join(cache, `${createHash("sha1").update(JSON.stringify(examples)).digest("hex")}.json`);
const nlu = cached && existsSync(cached) ? JSON.parse(readFileSync(cached, "utf8")) : undefined;
if (nlu) console.log(`NLP.js network from ${cached}`);
const model = await IntentModel.train(examples, { nlu });
model.save(MODEL_PATH);
console.log(`${examples.length} examples -> ${MODEL_PATH} in ${Math.round(performance.now() - t0)} ms`);
