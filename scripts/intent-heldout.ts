/**
 * Measures an intent-model design on the held-out message sets (intent-heldout-sets.ts): one model
 * trained on every training line with the design the flags give (intent-design-flags.ts), read on
 * blind2..blind15 and the outside dev set. Prints per split, pooled, per language and per context:
 * accuracy, the share of unsure readings (under the clarify cut-off) and right minus wrong, then
 * the pooled accuracy at each NLP.js share of the blend.
 *   node --import tsx scripts/intent-heldout.ts [design flags] [--share W] [--out FILE] [--misses]
 * --out FILE: the readings as JSON (both readers' scores per message), to compare designs later.
 * --model FILE: read with a built model file (e.g. agent/planner/nlu/model.bin) instead of training one:
 *   the committed model measured as shipped, in seconds (the design flags are then ignored).
 * --save FILE: also write the trained model there (e.g. agent/planner/nlu/model.bin in a scratch worktree),
 *   so the planner's tests can run on the very model measured instead of a second long training.
 * Only for choosing the model's design: never write training lines from these messages.
 */
import { writeFileSync } from "node:fs";
import { loadUtterances } from "../agent/planner/eval.ts";
import { loadExamples, utteranceExamples } from "../agent/planner/nlu/corpus.ts";
import { blend, IntentModel, NLPJS_SHARE } from "../agent/planner/nlu/intent-model.ts";
import { arg, linearOptions, ngrams, trainCached } from "./intent-design-flags.ts";
import { heldOutTable, messageRight, scoreHeldOut, summarize } from "./intent-heldout-sets.ts";

const share = arg("--share", NLPJS_SHARE);
const t0 = performance.now();
const modelFile = process.argv.includes("--model")
  ? process.argv[process.argv.indexOf("--model") + 1]
  : undefined;
const model = modelFile
  ? IntentModel.load(modelFile)
  : await trainCached([...loadExamples(), ...utteranceExamples(loadUtterances())]);
const trained = performance.now();
if (!modelFile && process.argv.includes("--save"))
  model.save(process.argv[process.argv.indexOf("--save") + 1]!);
const items = await scoreHeldOut(model);
console.log(
  `design: ${modelFile ? `the model file ${modelFile}` : JSON.stringify({ linear: linearOptions, ngrams })} share ${share} (trained in ${Math.round((trained - t0) / 1000)} s, read in ${Math.round((performance.now() - trained) / 1000)} s)`,
);
for (const l of heldOutTable(items, share)) console.log(l);
// Unsupported languages are answered before the model (heldOutTable says why).
const read = items.filter((s) => s.lang !== "other");
const pooled = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 1].map(
  (w) =>
    `${w}:${summarize(read, w).acc.toFixed(3)}/${summarize(
      read.filter((s) => s.set !== "dev"),
      w,
    ).acc.toFixed(3)}`,
);
console.log(`pooled+dev / pooled blind2-15 accuracy by NLP.js share: ${pooled.join("  ")}`);
if (process.argv.includes("--misses"))
  for (const s of items) {
    const [top, second] = blend(s.readings, share);
    if (!top || !messageRight(top.intent, s))
      console.log(
        `  miss ${s.set} ${s.gold.join("|")} <- ${top?.intent} ${top?.score.toFixed(2)} / ${second?.intent} ${second?.score.toFixed(2)} ${s.label}`,
      );
  }
if (process.argv.includes("--out")) {
  const file = process.argv[process.argv.indexOf("--out") + 1]!;
  const plain = items.map((s) => ({
    ...s,
    readings: { nlpjs: [...s.readings.nlpjs], linear: [...s.readings.linear] },
  }));
  writeFileSync(file, JSON.stringify(plain));
}
