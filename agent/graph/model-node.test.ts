import { AIMessage, HumanMessage, ToolMessage } from "@langchain/core/messages";
import { describe, expect, it } from "vitest";
import { mergeFocus } from "./focus.ts";
import { windowOf } from "./model-node.ts";

describe("conversation window", () => {
  const exchange = (n: number) => [
    new HumanMessage(`q${n}`),
    new AIMessage({ content: "", tool_calls: [{ id: `c${n}`, name: "show_skills", args: {} }] }),
    new ToolMessage({ tool_call_id: `c${n}`, name: "show_skills", content: "{}" }),
    new AIMessage(`a${n}`),
  ];

  it("starts at a person's message so no tool result loses its call", () => {
    const messages = [1, 2, 3, 4, 5].flatMap(exchange);
    const window = windowOf(messages, 6);
    expect(HumanMessage.isInstance(window[0])).toBe(true);
    expect(window.map((m) => m.content)).toEqual(["q5", "", "{}", "a5"]);
  });

  it("keeps everything when short", () => {
    const messages = exchange(1);
    expect(windowOf(messages, 10)).toBe(messages);
  });
});

describe("focus", () => {
  it("merges updates and clears keys set to null", () => {
    const next = mergeFocus(
      { jobId: "j", analysisId: "a", awaiting: "job" },
      { analysisId: "b", awaiting: null as never },
    );
    expect(next).toEqual({ jobId: "j", analysisId: "b" });
  });
});
