/**
 * Trains the intent model on the team's examples (agent/planner/nlu/data, six languages)
 * and the planner's utterance set, and writes agent/planner/nlu/model.json. Deterministic:
 * the same examples give the same file. Run after editing the training data:
 *   npm run build:intents
 */
import { writeFileSync } from "node:fs";
import { loadUtterances } from "../agent/planner/eval.ts";
import { loadExamples, utteranceExamples } from "../agent/planner/nlu/corpus.ts";
import { IntentModel, MODEL_PATH } from "../agent/planner/nlu/intent-model.ts";

const examples = [...loadExamples(), ...utteranceExamples(loadUtterances())];
const t0 = performance.now();
const model = await IntentModel.train(examples);
writeFileSync(MODEL_PATH, `${JSON.stringify(model.toJSON())}\n`);
console.log(`${examples.length} examples -> ${MODEL_PATH} in ${Math.round(performance.now() - t0)} ms`);
