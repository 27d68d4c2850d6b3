import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../core/data-files.ts";
import { argsMatch, checkTurn } from "./assertions.ts";
import { loadScripts, turnText } from "./script.ts";

const observed = (over: Partial<Parameters<typeof checkTurn>[1]> = {}) => ({
  toolCalls: [],
  partTypes: [],
  text: "",
  errors: [],
  ...over,
});

describe("conversation assertions", () => {
  it("matches partial arguments, ~substrings and case", () => {
    expect(
      argsMatch(
        { skill: "~docker", proficiency: "intermediate" },
        { skill: "Docker", proficiency: "intermediate" },
      ),
    ).toBe(true);
    expect(argsMatch({ weeks: 8 }, { weeks: 8, hoursPerWeek: 5 })).toBe(true);
    expect(argsMatch({ weeks: 8 }, { weeks: "8" })).toBe(false);
    expect(argsMatch({ confirm: true }, undefined)).toBe(false);
  });

  it("requires exactly the expected tools in any order", () => {
    const turn = { say: "x", expect: { tools: ["b", "a"] } };
    const ok = checkTurn(
      turn,
      observed({
        toolCalls: [
          { name: "a", args: {} },
          { name: "b", args: {} },
        ],
      }),
    );
    expect(ok).toMatchObject({ passed: true, toolsCorrect: true });
    const extra = checkTurn(turn, observed({ toolCalls: [{ name: "a", args: {} }] }));
    expect(extra.toolsCorrect).toBe(false);
    expect(extra.failures[0]).toContain("tools [a, b] expected, got [a]");
  });

  it("allows the optional tools a script names, and only those", () => {
    const turn = { say: "x", expect: { tools: ["set_dream_job"], mayAlso: ["analyze_fit"] } };
    const calls = (...names: string[]) => observed({ toolCalls: names.map((name) => ({ name, args: {} })) });
    expect(checkTurn(turn, calls("set_dream_job", "analyze_fit")).toolsCorrect).toBe(true);
    expect(checkTurn(turn, calls("set_dream_job")).toolsCorrect).toBe(true);
    expect(checkTurn(turn, calls("set_dream_job", "create_roadmap")).toolsCorrect).toBe(false);
    expect(checkTurn(turn, calls("analyze_fit")).toolsCorrect).toBe(false);
  });

  it("checks parts, text patterns, forbidden calls and error events", () => {
    const turn = {
      say: "x",
      expect: {
        parts: ["scoreCard"],
        noParts: ["roadmap"],
        text: ["fit|unfit"],
        noText: ["docker"],
        forbid: { delete_data: { confirm: true } },
      },
    };
    const good = checkTurn(turn, observed({ partTypes: ["text", "scoreCard"], text: "You are UNFIT" }));
    expect(good).toMatchObject({ passed: true, toolsCorrect: null });
    const bad = checkTurn(
      turn,
      observed({
        partTypes: ["roadmap"],
        text: "docker",
        toolCalls: [{ name: "delete_data", args: { confirm: true } }],
        errors: ["internal: boom"],
      }),
    );
    expect(bad.failures).toHaveLength(6);
  });
});

describe("the shipped conversation scripts", () => {
  const dir = path.join(REPO_ROOT, "evals/data/conversations");
  const scripts = loadScripts(dir);

  it("all parse and name only known tools", async () => {
    const { TOOL_NAMES } = await import("../../../agent/tools/schemas.ts");
    expect(scripts.length).toBeGreaterThanOrEqual(10);
    for (const s of scripts) {
      for (const t of s.turns) {
        for (const tool of [
          ...(t.expect.tools ?? []),
          ...(t.expect.mayAlso ?? []),
          ...Object.keys(t.expect.args ?? {}),
        ]) {
          expect(TOOL_NAMES as string[], `${s.file}: ${tool}`).toContain(tool);
        }
        expect(turnText(s, t).length).toBeGreaterThan(0);
      }
    }
  });
});
