/**
 * One chat turn through the real conversation entry, collected: the reply text, the tools
 * called (with their arguments) and the reply parts. For chat-level tests of the agent.
 */
import { beforeAll } from "vitest";
import { type Conversation, createConversation } from "../agent/conversation/converse.ts";
import { loadConfig } from "../config.ts";
import type { Attachment, Identity, ReplyEvent, ReplyPart } from "../contract/conversation.ts";
import type { Db } from "../data/db/index.ts";
import { createProfileRepository, type StoredProfile } from "../data/repositories/profile.ts";
import { createUsersRepository } from "../data/repositories/users.ts";

/** The offline planner, quiet: what users without a model key get. */
export const OFFLINE_CONFIG = loadConfig({ MODEL_PROVIDER: "offline", LOG_LEVEL: "silent" });

export interface ChatTurn {
  text: string;
  tools: string[];
  calls: { name: string; args: Record<string, unknown> }[];
  parts: ReplyPart[];
}

export async function chatTurn(
  c: Conversation,
  who: Identity,
  thread: string,
  text: string,
  attachments: Attachment[] = [],
): Promise<ChatTurn> {
  const events: ReplyEvent[] = [];
  for await (const e of c.converse(who, thread, { text, attachments })) events.push(e);
  const calls = events.flatMap((e) =>
    e.type === "tool_call" ? [{ name: e.name, args: e.args as Record<string, unknown> }] : [],
  );
  return {
    text: events.map((e) => (e.type === "text_delta" ? e.text : "")).join(""),
    tools: calls.map((c) => c.name),
    calls,
    parts: events.flatMap((e) => (e.type === "part" ? [e.part] : [])),
  };
}

/** A plain-text file as a chat attachment (a resume written for a test). */
export function textAttachment(filename: string, text: string): Attachment {
  return { filename, mimeType: "text/plain", bytes: new TextEncoder().encode(text) };
}

/** A person on their own thread of a shared conversation: who they are and how they speak. */
export interface ChatPerson {
  who: Identity;
  thread: string;
  say(text: string, attachments?: Attachment[]): Promise<ChatTurn>;
}

/**
 * The test bed of the chat-level tests: one conversation on the offline planner per describe
 * block (created in its beforeAll over the block's database), and fresh people on it, each
 * with their own identity and thread so tests do not see each other's state.
 */
export function offlineChatBed(getDb: () => Db, idPrefix: string) {
  let conversation: Conversation | undefined;
  let people = 0;
  beforeAll(async () => {
    conversation = await createConversation({ db: getDb(), config: OFFLINE_CONFIG });
  });
  const current = () => {
    if (!conversation) throw new Error("offlineChatBed: the conversation starts in beforeAll");
    return conversation;
  };
  return {
    get conversation(): Conversation {
      return current();
    },
    /** A new person; with a resume, it is read first ("here is my resume"). */
    async person(resume?: Attachment): Promise<ChatPerson> {
      people++;
      const who: Identity = {
        channel: "test",
        externalId: `${idPrefix}-${people}-${Date.now().toString(36)}`,
      };
      const thread = `t-${people}`;
      const say = (text: string, attachments: Attachment[] = []) =>
        chatTurn(current(), who, thread, text, attachments);
      if (resume) await say("here is my resume", [resume]);
      return { who, thread, say };
    },
    /** The profile saved for a person of this bed, as the database holds it now. */
    profileOf: async (who: Identity): Promise<StoredProfile> => {
      const user = await createUsersRepository(getDb()).resolveIdentity(who);
      return createProfileRepository(getDb()).load(user.id);
    },
  };
}

/** Quick-reply chips of a reply, in order. */
export const quickReplies = (turn: ChatTurn) =>
  turn.parts.flatMap((p) => (p.type === "quickReplies" ? p.options : []));
