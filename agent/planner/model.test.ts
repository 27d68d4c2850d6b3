import { AIMessage, HumanMessage, ToolMessage } from "@langchain/core/messages";
import { tool } from "@langchain/core/tools";
import { describe, expect, it } from "vitest";
import { toolSchemas } from "../tools/schemas.ts";
import { attachmentNote, OfflinePlanner } from "./model.ts";

const bind = (...names: (keyof typeof toolSchemas)[]) =>
  new OfflinePlanner({}).bindTools(
    names.map((name) =>
      tool(async () => "", { name, description: name, schema: toolSchemas[name] as never }),
    ),
  );

describe("OfflinePlanner (a LangChain chat model)", () => {
  it("turns a request into tool calls through bindTools", async () => {
    const model = bind("create_roadmap", "show_skills");
    const ai = await model.invoke([new HumanMessage("make me a roadmap for 8 weeks, 5 hours a week")], {
      focus: { analysisId: "a1" },
    } as never);
    expect(ai.tool_calls).toEqual([
      expect.objectContaining({ name: "create_roadmap", args: { weeks: 8, hoursPerWeek: 5 } }),
    ]);
  });

  it("only calls tools that are bound, and says when a capability is missing", async () => {
    const ai = await bind("show_skills").invoke([new HumanMessage("make me a roadmap")]);
    expect(ai.tool_calls ?? []).toHaveLength(0);
    expect(String(ai.content)).toMatch(/isn't available/);
  });

  it("reads attachments from the message note", async () => {
    const ai = await bind("read_resume").invoke([
      new HumanMessage(`here it is${attachmentNote(["cv.pdf"])}`),
    ]);
    expect(ai.tool_calls?.[0]).toMatchObject({ name: "read_resume", args: { filename: "cv.pdf" } });
  });

  it("writes the reply from tool results after the tools ran", async () => {
    const model = bind("show_skills");
    const call = { id: "c1", name: "show_skills", args: {} };
    const result = {
      count: 2,
      skills: [
        { name: "Python", proficiency: "advanced", validated: true },
        { name: "Go", proficiency: "beginner", validated: false },
      ],
    };
    const ai = await model.invoke([
      new HumanMessage("show my skills"),
      new AIMessage({ content: "", tool_calls: [call] }),
      new ToolMessage({ tool_call_id: "c1", name: "show_skills", content: JSON.stringify(result) }),
    ]);
    expect(ai.tool_calls ?? []).toHaveLength(0);
    expect(String(ai.content)).toMatch(/\(2\)/);
    expect(String(ai.content)).toMatch(/1 are backed/);
  });

  it("never dead-ends: nonsense gets examples of what it can do", async () => {
    const ai = await bind("show_skills").invoke([new HumanMessage("purple elephants dancing")]);
    expect(String(ai.content)).toMatch(/what I can do/i);
    expect(String(ai.content)).toMatch(/resume/);
  });

  it("streams words as deltas with the tool calls on the last chunk", async () => {
    const chunks = [];
    for await (const c of await bind("show_skills").stream([new HumanMessage("hello there, how are you?")]))
      chunks.push(c);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.map((c) => c.content).join("")).toMatch(/CareerCraft|Hello|Hey/);
  });
});
