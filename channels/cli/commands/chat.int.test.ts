/**
 * `careercraft chat` as a script would use it: messages on a pipe (plain lines and JSON
 * lines with attachments), --json events including tool calls and turn ends, and a
 * second process continuing the same conversation from the embedded database.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const dir = mkdtempSync(path.join(os.tmpdir(), "cc-chat-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// biome-ignore lint/suspicious/noExplicitAny: events are parsed JSON lines checked field by field
type JsonEvent = Record<string, any>;

function chat(
  input: string,
  ...args: string[]
): Promise<{ code: number; events: JsonEvent[]; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ["--import", "tsx", path.join(root, "channels/cli/main.ts"), "chat", ...args],
      {
        cwd: root,
        env: {
          ...process.env,
          DATA_DIR: path.join(dir, "data"),
          MODEL_PROVIDER: "offline",
          DATABASE_URL: "",
          LOG_LEVEL: "warn",
        },
        timeout: 120_000,
      },
      (error, stdout, stderr) => {
        const events = stdout
          .split("\n")
          .filter((l) => l.startsWith("{"))
          .map((l) => JSON.parse(l));
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, events, stderr });
      },
    );
    child.stdin!.end(input);
  });
}

describe("careercraft chat", () => {
  it("takes one message per line, JSON lines with attachments, and reports every event", {
    timeout: 180_000,
  }, async () => {
    const resume = path.join(dir, "resume.txt");
    writeFileSync(
      resume,
      "Ravi Kumar\nravi@example.net\n\nEXPERIENCE\nBackend Developer, Orbit Labs, 2019 - Present\n- Go and PostgreSQL services on Kubernetes\n\nEDUCATION\nB.E. Computer Engineering, 2019\n\nSKILLS\nGo, PostgreSQL, Docker, Kubernetes, Git\n",
    );
    const lines = [
      "hello",
      JSON.stringify({ text: "here is my resume", attachments: [resume] }),
      "I want to be a backend engineer",
      "am I a fit?",
    ].join("\n");
    const first = await chat(`${lines}\n`, "--json", "--user", "ravi");
    expect(first.code).toBe(0);
    const turnEnds = first.events.filter((e) => e.type === "turn_end");
    expect(turnEnds).toHaveLength(4);
    const calls = first.events.filter((e) => e.type === "tool_call");
    expect(calls.map((c) => c.name)).toEqual(["read_resume", "set_dream_job", "analyze_fit"]);
    expect(calls[0].args).toEqual({ filename: "resume.txt" });
    expect(first.events.some((e) => e.type === "part" && e.part.type === "scoreCard")).toBe(true);

    // A new process, same person and conversation: "why?" refers to the analysis above.
    const second = await chat("why?\n", "--json", "--user", "ravi");
    expect(second.events.find((e) => e.type === "tool_call")).toMatchObject({ name: "explain_score" });
    expect(second.events.map((e) => (e.type === "text_delta" ? e.text : "")).join("")).toMatch(/FIT|UNFIT/);
  });

  it("reads a resume whose path is typed into the message, as a new user would", {
    timeout: 120_000,
  }, async () => {
    const resume = path.join(dir, "my cv.txt");
    writeFileSync(resume, "Mei Chen\nmei@example.net\n\nSKILLS\nExcel, SQL\n");
    const r = await chat(`here is my resume '${resume}'\n`, "--json", "--user", "mei");
    expect(r.code).toBe(0);
    expect(r.events.find((e) => e.type === "tool_call")).toMatchObject({
      name: "read_resume",
      args: { filename: "my cv.txt" },
    });
  });

  it("reports a missing attachment as an error event and a failing exit code", {
    timeout: 120_000,
  }, async () => {
    const r = await chat(
      `${JSON.stringify({ text: "cv", attachments: [path.join(dir, "missing.pdf")] })}\n`,
      "--json",
      "--user",
      "x",
    );
    expect(r.events[0]).toMatchObject({ type: "error", code: "not_found" });
    expect(r.events[1]).toEqual({ type: "turn_end" });
    expect(r.code).toBe(1);
  });

  it("refuses an unknown model name", { timeout: 60_000 }, async () => {
    const r = await chat("hi\n", "--model", "gpt-9");
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/--model must be one of/);
  });
});
