/**
 * The conversation entry point every channel calls:
 *   (identity, threadId, inbound) -> AsyncIterable<ReplyEvent>
 * Resolves the identity to a user, runs one turn of the graph on that user's thread
 * (checkpointed in the app's database), and streams progress, text deltas, reply parts,
 * tool calls and a final turn_end. Channels never see LangGraph types.
 */
import { HumanMessage } from "@langchain/core/messages";
import type { PostgresSaver } from "@langchain/langgraph-checkpoint-postgres";
import { z } from "zod";
import type { Config } from "../../config.ts";
import type {
  Converse,
  ConverseOptions,
  Identity,
  Inbound,
  ReplyEvent,
} from "../../contract/conversation.ts";
import type { CacheBus } from "../../data/cache-bus.ts";
import type { Db } from "../../data/db/types.ts";
import { CareerCraftError, isCareerCraftError } from "../../data/errors.ts";
import { createLogger, type Logger } from "../../data/logger.ts";
import { conversationTurns, toolCalls, turnDuration } from "../../data/metrics.ts";
import type { JobQueue } from "../../data/queue/types.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { adviceFacts } from "../../tools/advice/service.ts";
import { knownTimeZone } from "../../tools/applications/dates.ts";
// A zone the runtime does not know would make every date computation throw later.
import { applicationsContextFor, trackedCompanies } from "../../tools/applications/index.ts";
import { createResumeReaderFromSettings, type ResumeReader } from "../../tools/resume/reader/pool.ts";
import { type AgentGraph, buildAgentGraph } from "../graph/build.ts";
import { TURN_KEY, type Turn, type TurnStats } from "../graph/turn.ts";
import {
  type ChatProvider,
  createChatProvider,
  type ProviderKind,
  type ProviderOptions,
} from "../models/index.ts";
import { attachmentNote } from "../planner/model.ts";
import { profileServiceFor } from "../tools/career-deps.ts";
import { agentTools } from "../tools/registry.ts";
import type { AgentTool } from "../tools/types.ts";
import { actionMessages, validAction } from "./actions.ts";
import { BatchedPostgresSaver } from "./checkpointer.ts";
import { EventChannel } from "./event-channel.ts";
import { checkpointThreadId, createThreadsRepository } from "./threads.ts";

export interface ConversationOptions {
  db: Db;
  config: Config;
  queue?: JobQueue;
  logger?: Logger;
  /** Tools to offer (default: every tool whose domain code is installed). */
  tools?: AgentTool[];
  /** Provider settings: timeouts and retries (tests shorten them). */
  provider?: ProviderOptions;
  /**
   * Tells other instances when a person is deleted here (and hears when they are deleted
   * there), so no instance keeps answering as a user that no longer exists.
   */
  cacheBus?: CacheBus;
  /** Called after every turn with its counts (metrics, benchmarks and evals read them). */
  onTurnEnd?: (stats: TurnStats & { userId: string; ms: number; channel: string; provider: string }) => void;
  /** Where uploaded resumes are read (default: a reader pool sized from config). */
  resumeReader?: ResumeReader;
}

export interface Conversation {
  converse: Converse;
  /** The graph and checkpointer, for tests that inspect a thread's saved state. */
  graph: AgentGraph;
  checkpointer: PostgresSaver;
  /** Forgets cached identity -> user mappings of a user (after a deletion or an account link). */
  forgetUser(userId: string): void;
  close(): Promise<void>;
}

const MAX_ATTACHMENTS = 5;
const MAX_TEXT = 20_000;

const identitySchema = z.object({
  channel: z.string().min(1).max(40),
  externalId: z.string().min(1).max(300),
  displayName: z.string().max(200).optional(),
  organization: z.string().max(100).optional(),
  verified: z.boolean().optional(),
  workspace: z.string().max(200).optional(),
  timeZone: z.string().max(64).optional(),
  locale: z.string().max(35).optional(),
});

function validate(identity: Identity, threadId: string, inbound: Inbound, config: Config): void {
  if (!identitySchema.safeParse(identity).success)
    throw new CareerCraftError("validation", "The sender of this message could not be identified.");
  if (typeof threadId !== "string" || threadId.length === 0 || threadId.length > 200)
    throw new CareerCraftError("validation", "The conversation id is missing or too long.");
  if (typeof inbound?.text !== "string") throw new CareerCraftError("validation", "The message has no text.");
  if (inbound.text.length > MAX_TEXT)
    throw new CareerCraftError(
      "too_large",
      `That message is too long (over ${MAX_TEXT} characters). Attach it as a file instead.`,
    );
  if (!Array.isArray(inbound.attachments))
    throw new CareerCraftError("validation", "Attachments must be a list.");
  if (inbound.attachments.length > MAX_ATTACHMENTS)
    throw new CareerCraftError("validation", `Please send at most ${MAX_ATTACHMENTS} files at a time.`);
  for (const a of inbound.attachments) {
    if (!a || typeof a.filename !== "string" || !(a.bytes instanceof Uint8Array))
      throw new CareerCraftError("validation", "An attachment is missing its name or content.");
    if (a.bytes.length > config.resume.maxBytes)
      throw new CareerCraftError(
        "too_large",
        `${a.filename} is larger than ${Math.round(config.resume.maxBytes / 1024 / 1024)} MB. Please send a smaller file.`,
      );
  }
  if (inbound.action !== undefined) validAction(inbound.action);
  if (inbound.text.trim() === "" && inbound.attachments.length === 0 && inbound.action === undefined)
    throw new CareerCraftError("validation", "The message is empty.");
}

/** Turns on one thread run one after another: a checkpoint is a sequence, not a set. */
class ThreadLocks {
  private readonly tails = new Map<string, Promise<void>>();
  async acquire(key: string): Promise<() => void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const current = new Promise<void>((r) => {
      release = r;
    });
    const tail = previous.then(() => current);
    this.tails.set(key, tail);
    await previous;
    return () => {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    };
  }
}

export async function createConversation(options: ConversationOptions): Promise<Conversation> {
  const { db, config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  // One process owns an embedded database, so its newest checkpoints can live in memory.
  const checkpointer = new BatchedPostgresSaver(db.pool, { cacheLatest: db.kind === "pglite" });
  await checkpointer.setup();
  const tools = options.tools ?? agentTools();
  const resumeReader = options.resumeReader ?? createResumeReaderFromSettings(config.resume, logger);
  const graph = buildAgentGraph(
    tools,
    { db, config, logger, queue: options.queue, checkpointer, resumeReader },
    checkpointer,
  );
  const users = createUsersRepository(db);
  const threads = createThreadsRepository(db);
  const providers = new Map<ProviderKind, ChatProvider>();
  const locks = new ThreadLocks();
  // Identity -> user and seen threads are cached: a turn should not spend round trips on
  // facts that do not change. Deleting a user clears both (see forgetUser).
  const userCache = new Map<string, { id: string }>();
  const knownThreads = new Set<string>();
  const identityKey = (i: Identity) => `${i.channel}\u0000${i.externalId}`;
  const resolveUser = async (identity: Identity): Promise<{ id: string }> => {
    const key = identityKey(identity);
    const cached = userCache.get(key);
    if (cached) return cached;
    const user = await users.resolveIdentity(identity);
    if (userCache.size > 10_000) userCache.clear();
    userCache.set(key, { id: user.id });
    return user;
  };
  const forgetUser = (userId: string) => {
    for (const [key, value] of userCache) if (value.id === userId) userCache.delete(key);
    for (const t of knownThreads) if (t.startsWith(`${userId}:`)) knownThreads.delete(t);
  };
  const unsubscribe = options.cacheBus?.subscribe("user-deleted", forgetUser);

  const providerFor = (kind: ProviderKind): ChatProvider => {
    let p = providers.get(kind);
    if (!p) {
      p = createChatProvider(kind, config, options.provider);
      providers.set(kind, p);
    }
    return p;
  };

  async function runTurn(
    identity: Identity,
    threadId: string,
    inbound: Inbound,
    opts: ConverseOptions,
    out: EventChannel<ReplyEvent>,
  ): Promise<void> {
    const t0 = performance.now();
    validate(identity, threadId, inbound, config);
    const provider = providerFor(opts.model ?? config.models.provider);
    const user = await resolveUser(identity);
    const checkpointThread = checkpointThreadId(user.id, identity.channel, threadId);
    if (!knownThreads.has(checkpointThread)) {
      await threads.touch(user.id, identity.channel, threadId);
      await users.touchLastChannel(user.id, identity.channel, threadId);
      knownThreads.add(checkpointThread);
    }
    const stats: TurnStats = { modelCalls: 0, toolCalls: 0, duplicateToolCalls: 0 };
    const turn: Turn = {
      userId: user.id,
      channel: identity.channel,
      threadId,
      attachments: inbound.attachments,
      ...(knownTimeZone(identity.timeZone) ? { timeZone: identity.timeZone } : {}),
      ...(identity.locale ? { locale: identity.locale } : {}),
      model: provider.model,
      offline: provider.kind === "offline",
      emit: (event) => out.push(event),
      signal: opts.signal,
      stats,
      afterTurn: [],
      timeoutMs: provider.timeoutMs,
      advice: (topic, skill, text) => adviceFacts(db, user.id, topic, skill, text),
      trackedCompanies: () =>
        trackedCompanies(
          applicationsContextFor(db, user.id, { followUpDays: config.applications.followUpDays }),
        ),
      profileSkills: () => profileServiceFor(db).skillNames(user.id),
    };
    // A quick-reply chip is its sentence; other buttons arrive as their tool call.
    const action = inbound.action ? validAction(inbound.action) : undefined;
    const text = action?.type === "quick_reply" && !inbound.text.trim() ? action.text : inbound.text;
    const content = text + attachmentNote(inbound.attachments.map((a) => a.filename));
    const input = (action && actionMessages(action)) ?? [new HumanMessage(content)];
    const release = await locks.acquire(checkpointThread);
    try {
      await graph.invoke(
        { messages: input, ...(opts.focus ? { focus: opts.focus } : {}) },
        {
          configurable: { thread_id: checkpointThread, [TURN_KEY]: turn },
          recursionLimit: 12,
          signal: opts.signal,
          // One checkpoint per turn, written when the turn completes: a turn cut off
          // mid-way is simply not remembered, and the person sends it again.
          durability: "exit",
        },
      );
      for (const fn of turn.afterTurn) await fn();
      if (turn.afterTurn.length) {
        forgetUser(user.id);
        await options.cacheBus
          ?.publish("user-deleted", user.id)
          .catch((err) => logger.warn({ err }, "telling other instances about a deletion failed"));
      }
    } finally {
      release();
    }
    const ms = performance.now() - t0;
    // Ids and counts only: message text and resume content stay out of info logs.
    logger.info(
      { userId: user.id, channel: identity.channel, provider: provider.kind, ...stats, ms: Math.round(ms) },
      "turn finished",
    );
    conversationTurns.inc({ channel: identity.channel, provider: provider.kind });
    turnDuration.observe({ channel: identity.channel }, ms / 1000);
    toolCalls.inc(stats.toolCalls);
    options.onTurnEnd?.({
      ...stats,
      userId: user.id,
      ms,
      channel: identity.channel,
      provider: provider.kind,
    });
  }

  const converse: Converse = (identity, threadId, inbound, opts = {}) => {
    const out = new EventChannel<ReplyEvent>();
    runTurn(identity, threadId, inbound, opts, out).then(
      () => {
        out.push({ type: "turn_end" });
        out.close();
      },
      (error: unknown) => {
        if (opts.signal?.aborted) {
          out.close();
          return;
        }
        if (!isCareerCraftError(error))
          logger.error({ err: error, channel: identity?.channel }, "conversation turn failed");
        const e = isCareerCraftError(error)
          ? error
          : new CareerCraftError("internal", "Something went wrong while answering. Please try again.");
        out.push({ type: "error", code: e.code, message: e.userMessage });
        out.push({ type: "turn_end" });
        out.close();
      },
    );
    return out;
  };

  return {
    converse,
    graph,
    checkpointer,
    forgetUser,
    async close() {
      unsubscribe?.();
      providers.clear();
      if (!options.resumeReader) await resumeReader.close();
    },
  };
}
