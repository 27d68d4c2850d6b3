/**
 * Found trying the widget as a teacher: "am I a fit for instructional designer?" set the
 * target and analysed in one turn, and the reply said 'Ask "am I a fit?" when you're
 * ready.' right before the verdict (and, with no resume yet, before "I don't know your
 * background"). The hint is left out when the same turn asked for the fit.
 */
import { AIMessage, HumanMessage, ToolMessage } from "@langchain/core/messages";
import { tool } from "@langchain/core/tools";
import { expect, it } from "vitest";
import { toolSchemas } from "../tools/schemas.ts";
import { OfflinePlanner } from "./model.ts";

const model = new OfflinePlanner({}).bindTools(
  (["set_dream_job", "analyze_fit"] as const).map((name) =>
    tool(async () => "", { name, description: name, schema: toolSchemas[name] as never }),
  ),
);
const target = {
  jobId: "j1",
  title: "Instructional Designer",
  source: "role",
  requiredSkills: ["E-learning"],
};
const fit = {
  analysisId: "a1",
  jobTitle: "Instructional Designer",
  verdict: "FIT",
  readiness: 60,
  confidence: 0.9,
};

async function reply(results: [string, unknown][]): Promise<string> {
  const calls = results.map(([name], i) => ({ id: `c${i}`, name, args: {} }));
  const ai = await model.invoke([
    new HumanMessage("am I a fit for instructional designer?"),
    new AIMessage({ content: "", tool_calls: calls }),
    ...results.map(
      ([name, result], i) =>
        new ToolMessage({ tool_call_id: `c${i}`, name, content: JSON.stringify(result) }),
    ),
  ]);
  return String(ai.content);
}

it("drops 'ask am I a fit' when the same reply gives the fit", async () => {
  const both = await reply([
    ["set_dream_job", target],
    ["analyze_fit", fit],
  ]);
  expect(both).toMatch(/Instructional Designer/);
  expect(both).toMatch(/FIT for Instructional Designer/);
  expect(both).not.toMatch(/am I a fit\?" when you're ready/);
  // Asked for the fit with no resume yet: the reply asks for the background, not for the question again.
  const noProfile = await reply([
    ["set_dream_job", target],
    ["analyze_fit", { needs: "profile" }],
  ]);
  expect(noProfile).toMatch(/background/);
  expect(noProfile).not.toMatch(/am I a fit\?" when you're ready/);
  expect(await reply([["set_dream_job", target]])).toMatch(/am I a fit\?" when you're ready/);
});
