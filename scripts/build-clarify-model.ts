/**
 * Builds the clarify decision (agent/planner/clarify-decision.ts): when the planner acts on
 * the intent model's top reading and when it asks back. Its training data is held-out readings
 * of the team's own lines, made by the intent CV script:
 *   node --import tsx scripts/intent-model-cv.ts --blocks 10 --dump /tmp/clarify-dump.jsonl [--dev]
 *   node --import tsx scripts/build-clarify-model.ts --dump /tmp/clarify-dump.jsonl [--write]
 * Each line's reading is weighed by the conversation state its context stands for (as the
 * planner does), and the label is whether acting on the top reading would be right. A logistic
 * regression (tools/ml) learns the chance it is; the planner asks when that chance is under a half.
 * Reported: 5-fold CV by blocks of 10 lines (neighbouring lines are paraphrases: held out
 * together) of that decision against the constant cut-off, and, with dev lines in the dump, both
 * on the outside dev set, which is only looked at, never trained on. --write stores the model
 * trained on every line (deterministic: plain gradient descent from zero).
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { Focus } from "../agent/graph/focus.ts";
import {
  asksOn,
  CLARIFY_FEATURES,
  CLARIFY_MODEL_PATH,
  type ClarifyModelJSON,
  clarifyInputs,
} from "../agent/planner/clarify-decision.ts";
import { weighByDialogue } from "../agent/planner/dialogue-prior.ts";
import type { Context } from "../agent/planner/nlu/corpus.ts";
import { CLARIFY_BELOW, type IntentScore, intentModel } from "../agent/planner/nlu/intent-model.ts";
import { fitLogisticRegression, type LogisticFit } from "../tools/ml/logistic-regression.ts";

interface Dumped {
  set: "cv" | "dev";
  text: string;
  context: string;
  gold: string[];
  top: IntentScore[];
  ok: string[];
}

const argValue = (name: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const dumpFile = argValue("--dump") ?? "/tmp/clarify-dump.jsonl";
const lines = readFileSync(dumpFile, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Dumped);

/** The conversation state a context word stands for: what the planner's focus holds then. */
function focusFor(context: Context | undefined): Focus {
  if (!context) return {};
  const held: Record<Context, Focus> = {
    job: { jobId: "job" },
    analysis: { analysisId: "analysis", analysed: 1 },
    roadmap: { roadmapId: "roadmap" },
    question: { questionId: "question", awaiting: "practice_answer" },
    application: {},
  };
  return { topic: context, ...held[context] } as Focus;
}

interface Case {
  inputs: number[];
  /** Acting on the top reading is right. */
  right: boolean;
  /** The set expects a question back here (an "unclear" line, a "clarify" dev message). */
  askExpected: boolean;
  score: number;
  unclear: boolean;
}

const language = intentModel().language;
function caseOf(d: Dumped): Case {
  const context = d.context === "none" ? undefined : (d.context as Context);
  const focus = focusFor(context);
  const ranked = weighByDialogue(d.top, focus);
  const top = ranked[0] ?? { intent: "unclear", score: 0 };
  const own = d.top.find((r) => r.intent === top.intent)?.score ?? 0;
  const score = Math.max(top.score, own);
  const otherLanguage = language.detect(d.text).language !== "en";
  const shape = { ranked, score, text: d.text, otherLanguage, context, focus };
  return {
    inputs: clarifyInputs(shape),
    right: d.ok.includes(top.intent) && top.intent !== "unclear",
    askExpected: d.gold.includes("unclear") || d.gold.includes("clarify"),
    score,
    unclear: top.intent === "unclear",
  };
}

const OPTIONS = { l2: 1, steps: 1500, rate: 0.3, digits: 5 };
const fitDecision = (cases: Case[]) =>
  fitLogisticRegression(
    cases.map((c) => c.inputs),
    cases.map((c) => (c.right ? 1 : 0)),
    OPTIONS,
  );

/** A decision's outcome over cases: asked share, accuracy, net, and how well the asks are placed. */
function measure(cases: Case[], asks: (c: Case, i: number) => boolean) {
  let asked = 0;
  let ok = 0;
  let net = 0;
  let askedWrong = 0;
  let wrong = 0;
  let askedExpected = 0;
  let expected = 0;
  cases.forEach((c, i) => {
    const ask = c.unclear || asks(c, i);
    const bad = !c.right; // acting would be wrong (or the set wants a question back)
    if (bad) wrong++;
    if (c.askExpected) expected++;
    if (ask) {
      asked++;
      if (bad) askedWrong++;
      if (c.askExpected) {
        askedExpected++;
        ok++;
        net++;
      }
    } else if (c.right) {
      ok++;
      net++;
    } else net--;
  });
  const n = Math.max(1, cases.length);
  const f = (x: number) => x.toFixed(3);
  return {
    n: cases.length,
    asked: f(asked / n),
    accuracy: f(ok / n),
    net: f(net / n),
    // Of the questions back, how many stood in front of a wrong action (or an expected question).
    askPrecision: f(askedWrong / Math.max(1, asked)),
    // Of the wrong actions (and expected questions), how many became a question back.
    askRecall: f(askedWrong / Math.max(1, wrong)),
    // The set's own "ask back here" lines: how many got a question back.
    expectedRecall: `${askedExpected}/${expected}`,
  };
}

const cv = lines.filter((l) => l.set === "cv").map(caseOf);
const dev = lines.filter((l) => l.set === "dev").map(caseOf);
const constant = (c: Case) => c.score < CLARIFY_BELOW;

// CV of the decision itself, by blocks of 10 lines of the held-out readings.
const FOLDS = 5;
const foldOf = (i: number) => Math.floor(i / 10) % FOLDS;
const heldOut = new Array<boolean>(cv.length);
for (let k = 0; k < FOLDS; k++) {
  const model: LogisticFit = fitDecision(cv.filter((_, i) => foldOf(i) !== k));
  cv.forEach((c, i) => {
    if (foldOf(i) === k) heldOut[i] = asksOn(model, c.inputs);
  });
}
const full = fitDecision(cv);
const measured = {
  cv: {
    constant: measure(cv, constant),
    learned: measure(cv, (_, i) => heldOut[i]!),
  },
  ...(dev.length
    ? {
        dev: {
          constant: measure(dev, constant),
          learned: measure(dev, (c) => asksOn(full, c.inputs)),
        },
      }
    : {}),
};
console.log(
  `clarify decision, ${cv.length} held-out readings (CV by blocks of 10), cut-off ${CLARIFY_BELOW} vs learned:`,
);
for (const [set, rows] of Object.entries(measured))
  for (const [name, row] of Object.entries(rows))
    console.log(`  ${set} ${name.padEnd(8)} ${JSON.stringify(row)}`);
console.log(
  `weights: ${CLARIFY_FEATURES.map((f, j) => `${f} ${full.weights[j]}`).join(", ")}, bias ${full.bias}`,
);

if (process.argv.includes("--write")) {
  const json: ClarifyModelJSON = {
    features: [...CLARIFY_FEATURES],
    fit: full,
    measured: { cv: measured.cv },
  };
  writeFileSync(CLARIFY_MODEL_PATH, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`wrote ${CLARIFY_MODEL_PATH}`);
}
