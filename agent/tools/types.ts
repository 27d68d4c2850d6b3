/**
 * What an agent tool is: a zod-validated adapter over a domain function. It gets the
 * person's id from the turn (never from the model), returns structured data for the
 * model, reply parts for the channel, and focus updates for the conversation.
 */
import type { BaseCheckpointSaver } from "@langchain/langgraph";
import type { Config } from "../../config.ts";
import type { Attachment, ReplyEvent, ReplyPart } from "../../contract/conversation.ts";
import type { Db } from "../../data/db/types.ts";
import type { Logger } from "../../data/logger.ts";
import type { JobQueue } from "../../data/queue/types.ts";
import type { ResumeReader } from "../../tools/resume/reader/pool.ts";
import type { Focus } from "../graph/focus.ts";
import type { NeedsResult, ToolResults } from "./results.ts";
import type { ToolArgs, ToolName } from "./schemas.ts";

/** Everything a tool may touch, fixed for the life of the app. */
export interface ToolDeps {
  db: Db;
  config: Config;
  logger: Logger;
  queue?: JobQueue;
  /** The conversation store, so deleting a person's data erases their conversations too. */
  checkpointer?: BaseCheckpointSaver;
  /** Reads uploaded resumes on worker threads with time and memory limits per file. */
  resumeReader: ResumeReader;
}

/** One turn's view: who is talking, what they attached, what is in focus. */
export interface ToolContext extends ToolDeps {
  userId: string;
  channel: string;
  threadId: string;
  focus: Focus;
  /** What the agent asked for before this message, e.g. a delete confirmation. */
  answered?: Focus["awaiting"];
  attachments: Attachment[];
  /** IANA time zone of the person when their channel gave one: "today" is their day. */
  timeZone?: string;
  /** Progress events for the channel while a long tool runs. */
  emit(event: ReplyEvent): void;
  signal?: AbortSignal;
  /** The hosted model answering this turn (absent with the offline planner), for tools that phrase feedback. */
  model?: import("@langchain/core/language_models/chat_models").BaseChatModel;
  /** Work to do after the turn's checkpoint is written (e.g. erase the conversation). */
  afterTurn(fn: () => Promise<void>): void;
}

/** Null in a focus update clears that key. */
export type FocusUpdate = { [K in keyof Focus]?: Focus[K] | null };

export interface ToolOutput<N extends ToolName = ToolName> {
  /** Compact structured data: what the model reads and the planner's templates use (results.ts). */
  result: ToolResults[N] | NeedsResult;
  parts?: ReplyPart[];
  focus?: FocusUpdate;
}

export interface AgentTool<N extends ToolName = ToolName> {
  name: N;
  description: string;
  run(args: ToolArgs<N>, ctx: ToolContext): Promise<ToolOutput<N>>;
}

/** Helps TypeScript infer N from the name literal. */
export function defineTool<N extends ToolName>(tool: AgentTool<N>): AgentTool<N> {
  return tool;
}
