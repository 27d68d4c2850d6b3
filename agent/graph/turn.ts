/**
 * Per-turn values the graph nodes need but that must never be checkpointed or chosen by
 * the model: who the person is, the attachments' bytes, the model to use, and the
 * sink for reply events. Passed through LangGraph's `configurable`.
 */
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import type { Attachment, ReplyEvent } from "../../contract/conversation.ts";

export interface TurnStats {
  modelCalls: number;
  toolCalls: number;
  duplicateToolCalls: number;
}

export interface Turn {
  userId: string;
  channel: string;
  threadId: string;
  attachments: Attachment[];
  /** The person's IANA time zone and locale when their channel said (Identity). */
  timeZone?: string;
  locale?: string;
  model: BaseChatModel;
  /** True for the built-in planner: it reads focus as a call option. */
  offline: boolean;
  emit(event: ReplyEvent): void;
  /** Set once the reply has words, so a later model call in the turn starts a new paragraph. */
  spoke?: boolean;
  signal?: AbortSignal;
  stats: TurnStats;
  /** What the agent had asked for before this message (the message may be the answer). */
  answered?: import("./focus.ts").Awaiting;
  /** Per model request; a slower answer is reported as a timeout. */
  timeoutMs: number;
  /** Reads the facts career advice is grounded in, for the offline planner's words-only answers. */
  advice?: import("../planner/grounded-advice.ts").AdviceSource;
  /** The person's tracked companies, for the offline planner to find one named in lower case. */
  trackedCompanies?: () => Promise<string[]>;
  /** The names of the skills on the person's profile, for "take swift off the list". */
  profileSkills?: () => Promise<string[]>;
  /** Run by the conversation entry once the graph has finished and saved. */
  afterTurn: (() => Promise<void>)[];
}

export const TURN_KEY = "careercraft_turn";

export function turnOf(config: LangGraphRunnableConfig): Turn {
  const turn = config.configurable?.[TURN_KEY] as Turn | undefined;
  if (!turn) throw new Error("graph invoked without a turn (use the conversation entry point)");
  return turn;
}
