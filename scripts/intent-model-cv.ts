/**
 * Measures intent-model designs: k-fold cross-validation over the training examples,
 * then one model trained on all of them scored on the frozen test split
 * (agent/planner/nlu/data/test, never tuned against). Intent level only.
 *   node --import tsx scripts/intent-model-cv.ts [--folds 5]
 */
import { loadUtterances } from "../agent/planner/eval.ts";
import { type Example, loadExamples, TEST_DIR, utteranceExamples } from "../agent/planner/nlu/corpus.ts";
import { IntentModel } from "../agent/planner/nlu/intent-model.ts";

const folds = process.argv.includes("--folds")
  ? Number(process.argv[process.argv.indexOf("--folds") + 1])
  : 5;

async function accuracy(model: IntentModel, test: Example[]): Promise<{ acc: number; misses: string[] }> {
  let ok = 0;
  const misses: string[] = [];
  for (const e of test) {
    const [top] = await model.classify(e.text, e.context);
    if (top?.intent === e.intent) ok++;
    else
      misses.push(`${e.intent} <- ${top?.intent} (${top?.score.toFixed(2)}) [${e.context ?? ""}] ${e.text}`);
  }
  return { acc: ok / Math.max(1, test.length), misses };
}

const all = [...loadExamples(), ...utteranceExamples(loadUtterances())];
let correct = 0;
let t = 0;
for (let k = 0; k < folds; k++) {
  if (folds < 2) break;
  const train = all.filter((_, i) => i % folds !== k);
  const test = all.filter((_, i) => i % folds === k);
  const t0 = performance.now();
  const model = await IntentModel.train(train);
  t += performance.now() - t0;
  const r = await accuracy(model, test);
  correct += r.acc * test.length;
}
if (folds >= 2)
  console.log(
    `examples ${all.length}; ${folds}-fold accuracy ${(correct / all.length).toFixed(3)}; train ${Math.round(t / folds)} ms/fold`,
  );
const model = await IntentModel.train(all);
const frozen = loadExamples(TEST_DIR);
if (frozen.length) {
  const r = await accuracy(model, frozen);
  console.log(`frozen test split: ${frozen.length} examples, accuracy ${r.acc.toFixed(3)}`);
  if (process.argv.includes("--misses")) for (const m of r.misses) console.log(`  ${m}`);
}

// --dev: the outside dev set at intent level (top intent among the expected ones), for a quick look.
if (process.argv.includes("--dev")) {
  const { readFileSync } = await import("node:fs");
  const CTX: Record<string, Example["context"]> = {
    "after-job": "job",
    "after-analysis": "analysis",
    "after-roadmap": "roadmap",
    "after-question": "question",
    "after-application": "application",
  };
  const WORDS = new Set([
    "greeting",
    "help",
    "thanks",
    "goodbye",
    "refusal_out_of_scope",
    "refusal_harmful",
    "refusal_scores",
    "cancel",
    "hint",
    "pause",
    "feelings",
    "privacy",
    "salary_negotiation",
    "career_paths",
    "networking",
    "company_research",
    "resume_improvement",
    "interview_tips",
    "human_advisor",
    "side_project_advice",
    "confirm",
  ]);
  const lines = readFileSync("../shared/data/conversations/dev_messages.jsonl", "utf8")
    .split("\n")
    .filter(Boolean);
  let ok = 0;
  for (const l of lines) {
    const m = JSON.parse(l);
    const [top = { intent: "(none)", score: 0 }, second] = await model.classify(m.text, CTX[m.context]);
    const alts: string[] = m.expect.split("|");
    const right =
      alts.includes(top.intent) ||
      (alts.includes("none") && WORDS.has(top.intent)) ||
      (alts.includes("clarify") && top.intent === "unclear");
    if (right) ok++;
    else if (process.argv.includes("--misses"))
      console.log(
        `  DEV ${m.expect} <- ${top.intent} ${top.score.toFixed(2)} / ${second?.intent} ${second?.score.toFixed(2)} [${m.context}] ${m.text.slice(0, 70)}`,
      );
  }
  console.log(`dev messages at intent level: ${(ok / lines.length).toFixed(3)}`);
}
