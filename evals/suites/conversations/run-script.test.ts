import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Converse, ReplyEvent } from "../../../contract/conversation.ts";
import { runScript } from "./run-script.ts";
import { scoreRuns } from "./score.ts";
import { loadScripts } from "./script.ts";

// A scripted agent (the input to the code under test, which is the script runner): it
// reads resumes, and answers "analyse" with a score card only after a job was given.
function tinyAgent(): Converse {
  const jobs = new Set<string>();
  return async function* (_identity, threadId, inbound): AsyncIterable<ReplyEvent> {
    if (inbound.attachments.length) {
      yield { type: "tool_call", name: "read_resume", args: { filename: inbound.attachments[0].filename } };
      yield { type: "text_delta", text: `Read ${inbound.attachments[0].bytes.length} bytes.` };
    } else if (/posting|engineer/i.test(inbound.text)) {
      jobs.add(threadId);
      yield { type: "tool_call", name: "set_dream_job", args: { text: inbound.text } };
    } else if (/analy/i.test(inbound.text)) {
      if (!jobs.has(threadId))
        yield { type: "part", part: { type: "text", text: "Which job? Paste the posting." } };
      else {
        yield { type: "tool_call", name: "analyze_fit", args: {} };
        yield { type: "part", part: { type: "scoreCard", verdict: "UNFIT", confidence: 0.7, scores: [] } };
      }
    }
    yield { type: "turn_end" };
  };
}

describe("runScript", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cc-conv-"));
  writeFileSync(path.join(dir, "cv.txt"), "Jane Doe\nSkills: SQL");
  writeFileSync(
    path.join(dir, "a.yaml"),
    `name: clarify then analyse
goal: g
turns:
  - say: here is my resume
    attach: [cv.txt]
    expect: { tools: [read_resume], text: ["read \\\\d+ bytes"] }
  - say: analyse me
    expect: { tools: [], text: ["which job"], noParts: [scoreCard] }
  - say: data engineer please
    expect: { tools: [set_dream_job], args: { set_dream_job: { text: "~data engineer" } } }
  - say: analyse now
    expect: { tools: [analyze_fit], parts: [scoreCard] }
done: { part: scoreCard }
`,
  );
  writeFileSync(
    path.join(dir, "b.json"),
    JSON.stringify({
      name: "wrong expectation",
      goal: "g",
      turns: [{ say: "analyse", expect: { tools: ["analyze_fit"] } }],
      done: { tool: "analyze_fit", args: { jobId: "~job" } },
    }),
  );

  it("plays each turn, checks it and finds the turn the task completed", async () => {
    const scripts = loadScripts(dir);
    const agent = tinyAgent();
    const runs = [];
    for (const s of scripts) runs.push(await runScript(agent, s, { runId: "t", model: "offline" }));
    expect(runs[0]).toMatchObject({ succeeded: true, completedAt: 4 });
    expect(runs[1].succeeded).toBe(false);
    expect(runs[1].turns[0].failures[0]).toContain("tools [analyze_fit] expected, got []");
    const score = scoreRuns(runs);
    expect(score).toMatchObject({ scripts: 2, turns: 5, task_success_rate: 0.5, completion_rate: 0.5 });
    expect(score.tool_call_accuracy).toBeCloseTo(4 / 5);
    expect(score["turns_to_completion.mean"]).toBe(4);
  });

  it("turns a thrown error into a failed turn instead of stopping the run", async () => {
    const broken: Converse = async function* () {
      yield { type: "turn_end" };
      throw new Error("graph exploded");
    };
    const run = await runScript(broken, loadScripts(dir)[1], { runId: "t", model: "offline" });
    expect(run.turns[0].failures.join(" ")).toContain("graph exploded");
  });
});
