/** Aggregates script runs into the conversation metrics. */
import type { ScriptRun } from "./run-script.ts";

export function scoreRuns(runs: ScriptRun[]) {
  const turns = runs.flatMap((r) => r.turns);
  const toolTurns = turns.filter((t) => t.toolsCorrect !== null);
  const completed = runs.filter((r) => r.completedAt !== null);
  return {
    scripts: runs.length,
    turns: turns.length,
    task_success_rate: runs.filter((r) => r.succeeded).length / Math.max(1, runs.length),
    tool_call_accuracy: toolTurns.filter((t) => t.toolsCorrect).length / Math.max(1, toolTurns.length),
    turn_pass_rate: turns.filter((t) => t.passed).length / Math.max(1, turns.length),
    completion_rate: completed.length / Math.max(1, runs.length),
    "turns_to_completion.mean": completed.length
      ? completed.reduce((a, r) => a + (r.completedAt ?? 0), 0) / completed.length
      : Number.NaN,
  };
}
