import { FOCUS_PRESETS } from "../agent/planner/eval.ts";
import { IntentModel, intentModel, MODEL_PATH } from "../agent/planner/nlu/intent-model.ts";
import { understand } from "../agent/planner/understand.ts";
import { TOOL_NAMES } from "../agent/tools/schemas.ts";
import type { BenchContext } from "./harness.ts";

// Our own sample of chat messages (not from any data set).
const MESSAGES = [
  "stats pls",
  "they called me back for a phone screen",
  "add docker and kubernetes, both intermediate",
  "wat shud i lern next",
  "¿por qué mi puntuación es tan baja?",
  "make me a roadmap, 6 weeks, 5 hours a week",
  "bookmark it",
  "I applied to Stripe yesterday for a backend role",
];

export default async function nluBench(ctx: BenchContext): Promise<void> {
  const load = () => IntentModel.load(MODEL_PATH);
  await ctx.measure("nlu: load intent model (read + parse + build)", load, { iterations: 10, warmup: 1 });
  // CPU time of this process: what loading costs by itself on a shared, busy machine.
  const cpu: number[] = [];
  for (let k = 0; k < 10; k++) {
    const before = process.cpuUsage();
    load();
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  cpu.sort((a, b) => a - b);
  ctx.record({
    name: "nlu: load intent model, CPU time",
    unit: "ms",
    p50: cpu[4],
    p95: cpu[9],
    n: cpu.length,
  });
  const model = intentModel();
  // A counter makes every message new: NLP.js caches results per exact text.
  let i = 0;
  await ctx.measure(
    "nlu: classify one message",
    () => model.classify(`${MESSAGES[i % MESSAGES.length]} ${i++}`, "application"),
    {
      iterations: 200,
      warmup: 20,
    },
  );
  const available = new Set(TOOL_NAMES);
  await ctx.measure(
    "nlu: plan one message (language, intent, slots)",
    () =>
      understand(MESSAGES[i++ % MESSAGES.length], {
        focus: FOCUS_PRESETS.analysis,
        attachments: [],
        available,
      }),
    { iterations: 200, warmup: 20 },
  );
}
