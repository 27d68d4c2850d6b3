/**
 * intents: the offline planner's utterance set (agent/planner/utterances.json, written
 * with the expected tool calls). Each utterance goes through the planner's own
 * understanding and scoring rules (agent/planner/eval.ts); the harness adds the
 * confusion table of expected vs. planned intent and per-intent precision/recall.
 */
import { loadCapability } from "../core/capability.ts";
import type { Suite } from "../core/types.ts";
import { confusedSubmatrix, confusionMatrix, macroF1 } from "../metrics/classification.ts";
import { spreadSample } from "./helpers.ts";

interface Utterance {
  text: string;
  focus?: unknown;
  attachments?: string[];
  expect: { tool: string; args: Record<string, unknown> }[];
  say?: string;
}
interface Plan {
  calls: { name: string; args: Record<string, unknown> }[];
  says: { kind: string }[];
}
interface PlannerEvalModule {
  loadUtterances(): Utterance[];
  resolveFocus(focus: unknown): unknown;
  scoreUtterance(u: Utterance, plan: Plan): boolean;
  UTTERANCES_PATH: string;
  loadRatchet?(): Set<string>;
  ratchetRegressions?(failures: { utterance: Utterance }[], ratchet?: Set<string>): Utterance[];
  evaluateFrozenSplit?(): Promise<{ accuracy: number; total: number; misses: string[] }>;
}
interface UnderstandModule {
  understand(
    text: string,
    ctx: { focus: unknown; attachments: string[]; available: ReadonlySet<string> },
  ): Promise<Plan>;
}
interface SchemasModule {
  TOOL_NAMES: string[];
}

/** An intent label: the tool names in order, or what the planner says when it calls none. */
export function intentLabel(tools: string[], says: string[]): string {
  if (tools.length) return tools.join("+");
  return says.length ? `say:${says[0]}` : "(nothing)";
}

export const intentsSuite: Suite = {
  name: "intents",
  title: "Intents (offline planner)",
  description:
    "Accuracy of the offline planner on its utterance set: planned tool calls with arguments (or the kind of reply when no tool fits), with a confusion table of intents.",
  async run(ctx) {
    const what = "Planner utterance measurement (agent/planner)";
    const evalMod = await loadCapability<PlannerEvalModule>(
      what,
      ["agent/planner/eval.ts"],
      ["loadUtterances", "resolveFocus", "scoreUtterance"],
    );
    const { understand } = await loadCapability<UnderstandModule>(
      what,
      ["agent/planner/understand.ts"],
      ["understand"],
    );
    const { TOOL_NAMES } = await loadCapability<SchemasModule>(
      what,
      ["agent/tools/schemas.ts"],
      ["TOOL_NAMES"],
    );
    const all = evalMod.loadUtterances();
    const utterances = ctx.fast ? spreadSample(all, 150) : all;
    const available = new Set(TOOL_NAMES);
    const cases = [];
    for (const u of utterances) {
      const plan = await understand(u.text, {
        focus: evalMod.resolveFocus(u.focus),
        attachments: u.attachments ?? [],
        available,
      });
      cases.push({
        utterance: u,
        text: u.text,
        expected: intentLabel(
          u.expect.map((e) => e.tool),
          u.say ? [u.say] : [],
        ),
        // A reply may say two things ("Hi! Here is what I can do"): when one of them is
        // the expected kind, that is the intent it was scored on.
        predicted: intentLabel(
          plan.calls.map((c) => c.name),
          u.say && plan.says.some((s) => s.kind === u.say) ? [u.say] : plan.says.map((s) => s.kind),
        ),
        correct: evalMod.scoreUtterance(u, plan),
        plan,
      });
    }
    const confusion = confusionMatrix(cases.map((c) => ({ gold: c.expected, predicted: c.predicted })));
    const confused = confusedSubmatrix(confusion);
    const correct = cases.filter((c) => c.correct).length;
    const misses = cases.filter((c) => !c.correct);
    // The ratchet (once right, always right) and the frozen split nobody tunes against.
    const lost = evalMod.ratchetRegressions?.(misses.map((m) => ({ utterance: m.utterance }))) ?? [];
    const frozen = await evalMod.evaluateFrozenSplit?.();
    return {
      metrics: {
        utterances: cases.length,
        accuracy: correct / Math.max(1, cases.length),
        "ratchet.regressions": lost.length,
        ...(frozen ? { "frozen_test.accuracy": frozen.accuracy, "frozen_test.examples": frozen.total } : {}),
        "intent.accuracy": confusion.accuracy,
        "intent.macro_f1": macroF1(confusion.perLabel),
        args_wrong_intent_right: misses.filter((c) => c.expected === c.predicted).length,
      },
      directions: {
        args_wrong_intent_right: "lower",
        "ratchet.regressions": "lower",
        "frozen_test.examples": "none",
      },
      dataset: { source: "agent/planner/utterances.json", items: cases.length },
      charts: confused.labels.length
        ? [
            {
              kind: "confusion",
              title: "Intents that were confused",
              labels: confused.labels,
              matrix: confused.matrix,
            },
          ]
        : [],
      tables: [
        {
          title: "Intents below F1 1.0",
          columns: ["intent", "precision", "recall", "F1", "utterances"],
          rows: confusion.labels
            .map((l) => {
              const p = confusion.perLabel[l];
              return [l, p.precision, p.recall, p.f1, p.tp + p.fn] as (string | number)[];
            })
            .filter((r) => (r[4] as number) > 0 && (r[3] as number) < 1),
        },
      ],
      examples: misses.slice(0, 25).map((c) => ({
        title: c.text,
        detail: `expected ${c.expected}, planned ${c.plan.calls.map((p) => `${p.name}(${JSON.stringify(p.args)})`).join(", ") || c.predicted}`,
      })),
      notes: [
        "accuracy: tool names, order and arguments right (the planner's own rule: free-text arguments must contain the expected words), or the right kind of reply when no tool is expected. intent.accuracy compares the intent label alone.",
        `This suite measures the offline planner whatever --model is given (now ${ctx.model}); provider models are measured by the conversations suite.`,
        `Recognised without any confusion (${confused.perfect.length} of ${confusion.labels.length} intents): ${confused.perfect.join(", ")}.`,
        ...(ctx.fast ? [`Fast run: ${cases.length} of ${all.length} utterances, spread over the set.`] : []),
      ],
    };
  },
};
