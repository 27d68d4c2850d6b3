import { evaluateUtterances } from "../agent/planner/eval.ts";

const r = await evaluateUtterances();
console.log("utterances", r.total, "accuracy", r.accuracy.toFixed(3));
for (const f of r.failures)
  console.log(
    `  ${JSON.stringify(f.utterance.focus ?? "")} ${f.utterance.text.slice(0, 70)} | want ${f.utterance.expect.map((e) => e.tool + JSON.stringify(e.args)).join(",") || f.utterance.say} | got ${f.plan.calls.map((c) => c.name + JSON.stringify(c.args)).join(",") || f.plan.says.map((s) => s.kind).join(",")}`,
  );
