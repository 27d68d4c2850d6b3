/**
 * The tool node: runs the model's tool calls in order (a later call sees the focus an
 * earlier one set, so "analyse me and make a roadmap" works in one message), validates
 * arguments with each tool's zod schema, turns failures into structured errors the model
 * can explain, and never runs the same call twice in one turn.
 */
import { type AIMessage, type BaseMessage, HumanMessage, ToolMessage } from "@langchain/core/messages";
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { isCareerCraftError } from "../../data/errors.ts";
import type { Logger } from "../../data/logger.ts";
import { type ToolName, toolSchemas } from "../tools/schemas.ts";
import type { AgentTool, FocusUpdate, ToolDeps } from "../tools/types.ts";
import { type Focus, mergeFocus } from "./focus.ts";
import { ACTION_CALL_PREFIX, STALE_BUTTON } from "./stale-button.ts";
import type { AgentStateUpdate, AgentStateValue } from "./state.ts";
import { turnOf } from "./turn.ts";

/** Tool results shown to a model are capped: a huge result costs tokens and helps nobody. */
const MAX_RESULT_CHARS = 6000;

function previousResults(messages: BaseMessage[]): Map<string, string> {
  let start = messages.length - 1;
  while (start >= 0 && !HumanMessage.isInstance(messages[start])) start--;
  const byId = new Map<string, string>();
  for (const m of messages.slice(start + 1))
    if (ToolMessage.isInstance(m)) byId.set(m.tool_call_id, String(m.content));
  const byCall = new Map<string, string>();
  for (const m of messages.slice(start + 1)) {
    for (const tc of (m as AIMessage).tool_calls ?? []) {
      const content = tc.id ? byId.get(tc.id) : undefined;
      if (content !== undefined) byCall.set(`${tc.name}:${JSON.stringify(tc.args)}`, content);
    }
  }
  return byCall;
}

/** Steps that act on the target job: run after setting a new target failed, they act on the old one. */
const ON_THE_TARGET = new Set(["analyze_fit", "reanalyze", "create_roadmap", "explain_score", "explain_gap"]);

function errorResult(error: unknown, logger: Logger, name: string): Record<string, unknown> {
  if (isCareerCraftError(error)) {
    // An error that asks back ("designer could be several roles: which?") carries its answers.
    const choices = (error.details as { choices?: unknown } | undefined)?.choices;
    return { error: error.userMessage, code: error.code, ...(Array.isArray(choices) ? { choices } : {}) };
  }
  logger.error({ err: error, tool: name }, "tool failed");
  return {
    error: "Something went wrong on our side while doing that. Please try again in a moment.",
    code: "internal",
  };
}

export function createToolNode(tools: Map<ToolName, AgentTool>, deps: ToolDeps) {
  return async function toolNode(
    state: AgentStateValue,
    config: LangGraphRunnableConfig,
  ): Promise<AgentStateUpdate> {
    const turn = turnOf(config);
    const last = state.messages.at(-1) as AIMessage;
    const done = previousResults(state.messages.slice(0, -1));
    let focus: Focus = state.focus;
    let focusUpdate: FocusUpdate = {};
    const results: ToolMessage[] = [];

    let targetNotSet = false;
    for (const call of last.tool_calls ?? []) {
      const id = call.id ?? `${call.name}-${results.length}`;
      // "what about for a PM role" when the role is not recognised: the fit check planned after it
      // would score the old target and show its card as if it were the answer.
      if (targetNotSet && ON_THE_TARGET.has(call.name)) {
        const content = JSON.stringify({ skipped: "The new target was not set, so this step was not run." });
        results.push(new ToolMessage({ tool_call_id: id, name: call.name, content, status: "error" }));
        continue;
      }
      const key = `${call.name}:${JSON.stringify(call.args)}`;
      const repeated = done.get(key);
      if (repeated !== undefined) {
        turn.stats.duplicateToolCalls++;
        results.push(new ToolMessage({ tool_call_id: id, name: call.name, content: repeated }));
        continue;
      }
      turn.emit({ type: "tool_call", name: call.name, args: call.args });
      turn.stats.toolCalls++;
      const tool = tools.get(call.name as ToolName);
      let result: Record<string, unknown>;
      let failed = false;
      if (!tool) {
        result = { error: `There is no tool called ${call.name}.`, code: "validation" };
        failed = true;
      } else {
        const parsed = toolSchemas[tool.name].safeParse(call.args ?? {});
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          result = {
            error: `Invalid arguments: ${issue?.path.join(".") || "input"} ${issue?.message ?? ""}`.trim(),
            code: "validation",
          };
          failed = true;
        } else {
          try {
            const out = await (tool as AgentTool).run(parsed.data as never, {
              ...deps,
              userId: turn.userId,
              channel: turn.channel,
              threadId: turn.threadId,
              attachments: turn.attachments,
              ...(turn.timeZone ? { timeZone: turn.timeZone } : {}),
              focus,
              answered: turn.answered,
              model: turn.offline ? undefined : turn.model,
              emit: turn.emit,
              signal: turn.signal,
              afterTurn: (fn) => turn.afterTurn.push(fn),
            });
            result = out.result as unknown as Record<string, unknown>;
            for (const part of out.parts ?? []) turn.emit({ type: "part", part });
            if (out.focus) {
              focus = mergeFocus(focus, out.focus as Partial<Focus>);
              focusUpdate = { ...focusUpdate, ...out.focus };
            }
          } catch (error) {
            result = errorResult(error, deps.logger, call.name);
            if (id.startsWith(ACTION_CALL_PREFIX) && result.code === "not_found") result.error = STALE_BUTTON;
            failed = true;
          }
        }
      }
      if (call.name === "set_dream_job" && failed) targetNotSet = true;
      const content = JSON.stringify(result);
      done.set(key, content);
      results.push(
        new ToolMessage({
          tool_call_id: id,
          name: call.name,
          content: content.length > MAX_RESULT_CHARS ? `${content.slice(0, MAX_RESULT_CHARS)}…` : content,
          status: failed ? "error" : "success",
        }),
      );
    }
    return { messages: results, focus: focusUpdate as Focus };
  };
}
