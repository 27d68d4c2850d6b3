/**
 * The model node: shows the model the recent conversation (plus the system prompt and
 * focus), streams its words to the person as they come, and records what it decided.
 */

import type { BaseLanguageModelInput } from "@langchain/core/language_models/base";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import {
  AIMessage,
  type AIMessageChunk,
  type BaseMessage,
  HumanMessage,
  RemoveMessage,
  SystemMessage,
} from "@langchain/core/messages";
import type { Runnable } from "@langchain/core/runnables";
import type { StructuredToolInterface } from "@langchain/core/tools";
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import type { QuickRepliesPart } from "../../contract/conversation.ts";
import { toProviderError } from "../models/errors.ts";
import type { Focus } from "./focus.ts";
import { systemPrompt } from "./prompt.ts";
import type { AgentStateUpdate, AgentStateValue } from "./state.ts";
import { turnOf } from "./turn.ts";

/** A model gets this many tool rounds per message before it must answer in words. */
export const MAX_TOOL_ROUNDS = 3;
/** Messages shown to a hosted model; older ones stay in the checkpoint until trimmed. */
const WINDOW = 24;
/**
 * Past this many stored messages the oldest whole exchanges are dropped (down to half).
 * The whole list is re-read and re-written with every turn's checkpoint, so a long
 * tail costs every turn; the focus keeps what matters (job, analysis, roadmap ids).
 */
const KEEP = 24;

/** Metadata the offline planner attaches to its message (never sent to a provider). */
export interface PlannerMeta {
  awaiting?: Focus["awaiting"] | null;
  quickReplies?: QuickRepliesPart["options"];
  /** Dialogue state the planner keeps (topic, what "it" and "the 2nd" point at); null clears a key. */
  focus?: { [K in keyof Focus]?: Focus[K] | null };
}

function sinceLastHuman(messages: BaseMessage[]): BaseMessage[] {
  for (let i = messages.length - 1; i >= 0; i--)
    if (HumanMessage.isInstance(messages[i])) return messages.slice(i);
  return messages;
}

/** The last `size` messages, starting at a person's message so no tool result is orphaned. */
export function windowOf(messages: BaseMessage[], size: number): BaseMessage[] {
  if (messages.length <= size) return messages;
  let start = messages.length - size;
  while (start < messages.length && !HumanMessage.isInstance(messages[start])) start++;
  return messages.slice(start);
}

function trimmed(messages: BaseMessage[]): RemoveMessage[] {
  if (messages.length <= KEEP) return [];
  const keep = windowOf(messages, KEEP / 2);
  const dropCount = messages.length - keep.length;
  return messages.slice(0, dropCount).flatMap((m) => (m.id ? [new RemoveMessage({ id: m.id })] : []));
}

function textOf(chunk: AIMessageChunk): string {
  if (typeof chunk.content === "string") return chunk.content;
  return chunk.content.map((c) => (c.type === "text" && typeof c.text === "string" ? c.text : "")).join("");
}

// Binding converts every tool schema to JSON schema: do it once per model, not per call.
const bindings = new WeakMap<BaseChatModel, Runnable<BaseLanguageModelInput, AIMessageChunk>>();
function boundModel(model: BaseChatModel, tools: StructuredToolInterface[]) {
  let bound = bindings.get(model);
  if (!bound) {
    bound = model.bindTools
      ? (model.bindTools(tools) as Runnable<BaseLanguageModelInput, AIMessageChunk>)
      : model;
    bindings.set(model, bound);
  }
  return bound;
}

export function createModelNode(tools: StructuredToolInterface[]) {
  return async function modelNode(
    state: AgentStateValue,
    config: LangGraphRunnableConfig,
  ): Promise<AgentStateUpdate> {
    const turn = turnOf(config);
    const thisTurn = sinceLastHuman(state.messages);
    const rounds = thisTurn.filter((m) => (m as AIMessage).tool_calls?.length).length;
    const canUseTools = rounds < MAX_TOOL_ROUNDS && tools.length > 0;
    const runnable = canUseTools ? boundModel(turn.model, tools) : turn.model;
    const history = turn.offline ? thisTurn : windowOf(state.messages, WINDOW);
    const input = [new SystemMessage(systemPrompt(state.focus)), ...history];
    // A hosted model gets its own deadline as a signal: LangChain's call-level `timeout` did not
    // always stop a stream whose first byte never came (a stand-in that answers after 15 s got
    // through about one run in three), so the person waited and heard no "took too long".
    const deadline = turn.offline ? undefined : AbortSignal.timeout(turn.timeoutMs);
    const signal = deadline
      ? turn.signal
        ? AbortSignal.any([turn.signal, deadline])
        : deadline
      : turn.signal;
    const options = turn.offline
      ? {
          signal: turn.signal,
          focus: state.focus,
          advice: turn.advice,
          trackedCompanies: turn.trackedCompanies,
          profileSkills: turn.profileSkills,
        }
      : { signal, timeout: turn.timeoutMs };

    turn.stats.modelCalls++;
    let full: AIMessageChunk | undefined;
    let started = false;
    try {
      for await (const chunk of await runnable.stream(input, options as never)) {
        const c = chunk as AIMessageChunk;
        const text = textOf(c);
        if (text) {
          // Words before the tools and words after them are two paragraphs, not one run-on.
          if (!started && turn.spoke && !/^\s/.test(text)) turn.emit({ type: "text_delta", text: "\n\n" });
          started = true;
          turn.spoke = true;
          turn.emit({ type: "text_delta", text });
        }
        full = full ? full.concat(c) : c;
      }
    } catch (error) {
      if (turn.signal?.aborted) throw error;
      // The deadline aborts the request; the person should hear "took too long".
      if (
        deadline?.aborted ||
        (error as Error)?.name === "AbortError" ||
        /abort/i.test(String((error as Error)?.message))
      )
        throw toProviderError(Object.assign(new Error("model request timed out"), { name: "TimeoutError" }));
      throw toProviderError(error);
    }
    const message = new AIMessage({
      content: full ? textOf(full) : "",
      tool_calls: full?.tool_calls ?? [],
      response_metadata: full?.response_metadata ?? {},
    });
    const meta = (full?.response_metadata?.careercraft ?? {}) as PlannerMeta;
    const update: AgentStateUpdate = { messages: [message] };
    const firstStep = thisTurn.length === 1;
    if (firstStep) turn.answered = state.focus.awaiting;
    // What was awaited is answered (or abandoned) by this message unless the planner asks again.
    if (meta.awaiting !== undefined) update.focus = { awaiting: meta.awaiting ?? undefined } as Focus;
    else if (firstStep && state.focus.awaiting) update.focus = { awaiting: null } as unknown as Focus;
    if (meta.focus) update.focus = { ...(update.focus ?? {}), ...meta.focus } as Focus;
    if (meta.quickReplies?.length)
      turn.emit({ type: "part", part: { type: "quickReplies", options: meta.quickReplies } });
    if (!message.tool_calls?.length) {
      const removals = trimmed([...state.messages, message]);
      if (removals.length) update.messages = [...removals, message];
    }
    return update;
  };
}
