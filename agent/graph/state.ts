/** The graph's state: the conversation's messages and its focus, both checkpointed. */
import type { BaseMessage } from "@langchain/core/messages";
import { Annotation, messagesStateReducer } from "@langchain/langgraph";
import { type Focus, mergeFocus } from "./focus.ts";

export const AgentState = Annotation.Root({
  messages: Annotation<BaseMessage[]>({ reducer: messagesStateReducer, default: () => [] }),
  focus: Annotation<Focus>({
    reducer: (current, update) => mergeFocus(current ?? {}, update as Focus),
    default: () => ({}),
  }),
});

export type AgentStateValue = typeof AgentState.State;
export type AgentStateUpdate = typeof AgentState.Update;
