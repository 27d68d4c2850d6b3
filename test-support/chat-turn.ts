/**
 * One chat turn through the real conversation entry, collected: the reply text, the tools
 * called (with their arguments) and the reply parts. For chat-level tests of the agent.
 */
import type { Conversation } from "../agent/conversation/converse.ts";
import type { Attachment, Identity, ReplyEvent, ReplyPart } from "../contract/conversation.ts";

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
