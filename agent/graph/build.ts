/**
 * The LangGraph graph: model node <-> tool node, checkpointed so a conversation
 * survives a restart. One compiled graph serves every user and provider; who is
 * talking and which model answers come with each turn.
 */
import { AIMessage } from "@langchain/core/messages";
import { type StructuredToolInterface, tool } from "@langchain/core/tools";
import { type BaseCheckpointSaver, END, START, StateGraph } from "@langchain/langgraph";
import { toolSchemas } from "../tools/schemas.ts";
import type { AgentTool, ToolDeps } from "../tools/types.ts";
import { createModelNode } from "./model-node.ts";
import { AgentState, type AgentStateValue } from "./state.ts";
import { createToolNode } from "./tool-node.ts";

/**
 * LangChain tool definitions for binding to a model: name, description and zod schema.
 * Execution goes through the tool node (which knows the person), so calling one of
 * these directly is a bug.
 */
export function toLangChainTools(tools: AgentTool[]): StructuredToolInterface[] {
  return tools.map((t) =>
    tool(
      async () => {
        throw new Error(`${t.name} runs through the agent's tool node`);
      },
      { name: t.name, description: t.description, schema: toolSchemas[t.name] as never },
    ),
  );
}

export function buildAgentGraph(tools: AgentTool[], deps: ToolDeps, checkpointer: BaseCheckpointSaver) {
  const byName = new Map(tools.map((t) => [t.name, t]));
  const route = (state: AgentStateValue) =>
    (state.messages.at(-1) as AIMessage).tool_calls?.length ? "tools" : END;
  // A button press arrives with its tool call already decided (agent/conversation/actions.ts):
  // the turn starts at the tool node and the model only phrases the result.
  const start = (state: AgentStateValue) =>
    AIMessage.isInstance(state.messages.at(-1)) && (state.messages.at(-1) as AIMessage).tool_calls?.length
      ? "tools"
      : "model";
  return new StateGraph(AgentState)
    .addNode("model", createModelNode(toLangChainTools(tools)))
    .addNode("tools", createToolNode(byName, deps))
    .addConditionalEdges(START, start, ["tools", "model"])
    .addConditionalEdges("model", route, ["tools", END])
    .addEdge("tools", "model")
    .compile({ checkpointer });
}

export type AgentGraph = ReturnType<typeof buildAgentGraph>;
