/**
 * conversations: multi-turn scripts (evals/data/conversations/*.yaml|json) played
 * through the agent's conversation entry, the same one every channel calls, on a fresh
 * in-memory database per run. Works with any provider: --model picks it per turn.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { SuiteSkipped } from "../../core/errors.ts";
import type { Suite } from "../../core/types.ts";
import { spreadSample } from "../helpers.ts";
import { openConversationEntry } from "../ports.ts";
import { runScript, type ScriptRun } from "./run-script.ts";
import { scoreRuns } from "./score.ts";
import { loadScripts } from "./script.ts";

const PROVIDER_KEYS: Record<string, string> = { openai: "OPENAI_API_KEY", gemini: "GOOGLE_API_KEY" };

export const conversationsSuite: Suite = {
  name: "conversations",
  title: "Conversations",
  description:
    "Multi-turn scripts with expected tool calls and assertions on the reply parts, run through the agent's conversation entry: task success rate, tool-call accuracy, turns to completion.",
  async run(ctx) {
    const key = PROVIDER_KEYS[ctx.model];
    if (key && !process.env[key]) {
      throw new SuiteSkipped(`--model ${ctx.model} needs ${key} in the environment; it is not set.`);
    }
    const dir = ctx.dataOverride
      ? path.resolve(ctx.dataOverride)
      : path.join(ctx.repoRoot, "evals/data/conversations");
    if (!existsSync(dir)) throw new Error(`Conversation scripts folder ${dir} does not exist.`);
    const all = loadScripts(dir);
    // The CI subset plays four scripts spread over the set (greeting, analysis and why,
    // editing skills, out of scope); the full run plays them all.
    const scripts = ctx.fast ? spreadSample(all, 4) : all;
    const entry = await openConversationEntry(ctx.model);
    const runs: ScriptRun[] = [];
    const runId = Date.now().toString(36);
    try {
      for (const script of scripts) {
        const run = await runScript(entry.converse, script, { runId, model: ctx.model });
        ctx.log(`${script.file}: ${run.succeeded ? "ok" : "failed"}`);
        runs.push(run);
      }
    } finally {
      await entry.close();
    }
    const metrics = scoreRuns(runs);
    return {
      metrics,
      directions: { "turns_to_completion.mean": "lower" },
      dataset: { source: dir, items: scripts.length },
      charts: [
        {
          kind: "bars",
          title: "Turns passed per script",
          series: ["turns passed", "turns"],
          groups: runs.map((r) => ({
            label: r.script.replace(/\.(ya?ml|json)$/, ""),
            values: [r.turns.filter((t) => t.passed).length, r.turns.length],
          })),
        },
      ],
      tables: [
        {
          title: "Scripts",
          columns: ["script", "goal met at turn", "turns passed", "success"],
          rows: runs.map((r) => [
            r.name,
            r.completedAt ?? "never",
            `${r.turns.filter((t) => t.passed).length}/${r.turns.length}`,
            r.succeeded ? "yes" : "no",
          ]),
        },
      ],
      examples: runs.flatMap((r) =>
        r.turns
          .map((t, i) => ({ t, i }))
          .filter(({ t }) => !t.passed)
          .map(({ t, i }) => ({
            title: `${r.script} turn ${i + 1}: "${t.say}"`,
            detail: t.failures.join("; "),
          })),
      ),
      notes: [
        `Provider: ${ctx.model}. Each script runs on its own thread with a fresh identity; ${entry.description}.`,
        ...(ctx.fast ? [`Fast run: ${scripts.length} of ${all.length} scripts.`] : []),
        "Task success: every turn's assertions hold and the script's done condition is met. Tool-call accuracy: turns whose tool calls (names, and the stated arguments) are exactly as expected.",
      ],
    };
  },
};
