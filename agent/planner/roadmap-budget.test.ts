/**
 * A roadmap's time budget, as people type it, becomes the create_roadmap arguments: the
 * planner's slots (understand) and the streamed tool call of the offline model agree, and
 * the arguments pass the tool's own schema.
 */
import { HumanMessage } from "@langchain/core/messages";
import { tool } from "@langchain/core/tools";
import { describe, expect, it } from "vitest";
import { TOOL_NAMES, type ToolName, toolSchemas } from "../tools/schemas.ts";
import { OfflinePlanner } from "./model.ts";
import { understand } from "./understand.ts";

const everything = new Set<ToolName>(TOOL_NAMES);
const BUDGETS: [string, { weeks?: number; hoursPerWeek?: number }][] = [
  ["make me a roadmap, 4 weeks, 5 hours a week", { weeks: 4, hoursPerWeek: 5 }],
  ["hi! make me a roadmap, 4 weeks, 5 hours a week", { weeks: 4, hoursPerWeek: 5 }],
  ["Make me a roadmap for 4 weeks with 5 hours per week", { weeks: 4, hoursPerWeek: 5 }],
  ["I need a 4-week plan, 5h/week", { weeks: 4, hoursPerWeek: 5 }],
  ["build a study plan: four weeks, five hours a week", { weeks: 4, hoursPerWeek: 5 }],
  ["make me a roadmap. 4 weeks, 5 hours a week", { weeks: 4, hoursPerWeek: 5 }],
  ["make me a roadmap, 1 month, an hour a day", { weeks: 4, hoursPerWeek: 7 }],
  ["plan for 6 weeks please", { weeks: 6 }],
  ["make me a roadmap, 3 hours a week", { hoursPerWeek: 3 }],
];

describe("roadmap budget: utterance -> create_roadmap arguments", () => {
  it.each(BUDGETS)("understand(%j)", async (text, args) => {
    for (const focus of [{}, { analysisId: "a1" }, { analysisId: "a1", roadmapId: "r1" }]) {
      const plan = await understand(text, { focus, attachments: [], available: everything });
      expect(plan.calls).toEqual([{ name: "create_roadmap", args }]);
      expect(toolSchemas.create_roadmap.safeParse(plan.calls[0]!.args).success).toBe(true);
    }
  });

  it("the offline model streams the same arguments as a tool call", async () => {
    const model = new OfflinePlanner({}).bindTools(
      TOOL_NAMES.map((name) =>
        tool(async () => "", { name, description: name, schema: toolSchemas[name] as never }),
      ),
    );
    const stream = await model.stream([new HumanMessage("make me a roadmap, 4 weeks, 5 hours a week")], {
      focus: { analysisId: "a1" },
    } as never);
    let full: Awaited<ReturnType<typeof model.invoke>> | undefined;
    for await (const chunk of stream) full = full ? full.concat(chunk) : chunk;
    expect(full?.tool_calls).toEqual([
      expect.objectContaining({ name: "create_roadmap", args: { weeks: 4, hoursPerWeek: 5 } }),
    ]);
  });
});
