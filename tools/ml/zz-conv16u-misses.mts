import { readFileSync } from "node:fs";
import { requestWords } from "/work/wt/conv16u/agent/planner/message-pieces.ts";
import { intentModel } from "/work/wt/conv16u/agent/planner/nlu/intent-model.ts";

const res = JSON.parse(readFileSync(process.argv[2], "utf8"));
const split = process.argv[3];
const msgs = readFileSync(`/work/wt/conv16u/evals/data/${split}/messages.jsonl`, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const rows = res.suites[0].tables.find((t: any) => t.title.startsWith("Messages answered wrongly")).rows;
const ctxMap: Record<string, any> = {
  none: undefined,
  "after-application": "application",
  "after-analysis": "analysis",
  "after-question": "question",
  "after-job": "job",
  "after-roadmap": "roadmap",
};
for (const [ctx, exp, got, first] of rows) {
  const m = msgs.find((x: any) => x.text.startsWith(first.slice(0, 78)));
  const r = await intentModel().classify(requestWords(m.text), ctxMap[ctx]);
  console.log(
    `\n[${ctx}] expect=${exp} got=${got}\n  ${m.text}\n  note: ${m.note}\n  model: ${r
      .slice(0, 4)
      .map((x: any) => `${x.intent} ${x.score.toFixed(2)}`)
      .join(", ")}`,
  );
}
