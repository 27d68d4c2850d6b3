/**
 * Slack payloads (already verified by Bolt's receiver) as kit ChannelEvents: a DM or an
 * @mention (with any shared files), and a press of one of our buttons. One conversation
 * per Slack thread: a DM is one conversation; in a channel, each thread is one.
 */
import type { ChannelEvent } from "../../core/adapter.ts";
import type { AttachmentRef } from "../../core/attachments/fetch.ts";
import { decodeAction } from "../../core/cards/actions.ts";

export interface SlackFile {
  id?: string;
  name?: string;
  mimetype?: string;
  size?: number;
  url_private?: string;
  url_private_download?: string;
}

export interface SlackMessageEvent {
  type: string;
  subtype?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  channel: string;
  channel_type?: string;
  files?: SlackFile[];
}

const MENTION = /<@[A-Z0-9]+(?:\|[^>]*)?>/g;

function attachments(files: SlackFile[] | undefined): AttachmentRef[] {
  return (files ?? [])
    .filter((f) => f.url_private_download || f.url_private)
    .map((f) => ({
      filename: f.name ?? "file",
      url: (f.url_private_download ?? f.url_private)!,
      ...(f.mimetype ? { mimeType: f.mimetype } : {}),
      ...(typeof f.size === "number" ? { size: f.size } : {}),
      ...(f.id ? { fileId: f.id } : {}),
    }));
}

/** Message subtypes that are a person talking; edits, joins and bot posts are not. */
const PERSON_SUBTYPES = new Set([undefined, "file_share", "thread_broadcast"]);

/** A DM or @mention as a ChannelEvent; undefined for anything that is not a person writing to us. */
export function parseMessage(
  eventId: string,
  teamId: string,
  event: SlackMessageEvent,
): ChannelEvent | undefined {
  if (!event.user || event.bot_id || !PERSON_SUBTYPES.has(event.subtype)) return undefined;
  const direct = event.channel_type === "im";
  // In a channel the reply goes into the thread the mention started (or was in).
  const thread = direct ? event.thread_ts : (event.thread_ts ?? event.ts);
  return {
    platform: "slack",
    eventId,
    identity: { channel: "slack", externalId: `${teamId}:${event.user}`, verified: true, workspace: teamId },
    ref: {
      platform: "slack",
      workspace: teamId,
      conversation: event.channel,
      user: event.user,
      ...(thread ? { thread } : {}),
    },
    threadKey: thread ? `${teamId}:${event.channel}:${thread}` : `${teamId}:${event.channel}`,
    text: (event.text ?? "").replace(MENTION, "").trim(),
    attachments: attachments(event.files),
    direct,
  };
}

export interface SlackBlockAction {
  team?: { id: string } | null;
  user: { id: string; team_id?: string };
  channel?: { id: string };
  container?: { channel_id?: string; message_ts?: string; thread_ts?: string; is_ephemeral?: boolean };
  message?: { ts: string; thread_ts?: string };
  actions: { action_id: string; value?: string; action_ts: string }[];
}

/** A press of one of our buttons; undefined when the value is not an action we wrote. */
export function parseBlockAction(body: SlackBlockAction): ChannelEvent | undefined {
  const pressed = body.actions[0];
  const action = decodeAction(pressed?.value);
  const teamId = body.team?.id ?? body.user.team_id;
  const channel = body.channel?.id ?? body.container?.channel_id;
  if (!pressed || !action || !teamId || !channel) return undefined;
  const direct = channel.startsWith("D");
  const thread = body.message?.thread_ts ?? body.container?.thread_ts;
  return {
    platform: "slack",
    // Slack redelivers nothing for interactions, but a double click sends two: same message, same time.
    eventId: `action:${channel}:${body.message?.ts ?? ""}:${pressed.action_ts}`,
    identity: {
      channel: "slack",
      externalId: `${teamId}:${body.user.id}`,
      verified: true,
      workspace: teamId,
    },
    ref: {
      platform: "slack",
      workspace: teamId,
      conversation: channel,
      user: body.user.id,
      ...(!direct && thread ? { thread } : {}),
    },
    threadKey: !direct && thread ? `${teamId}:${channel}:${thread}` : `${teamId}:${channel}`,
    text: "",
    attachments: [],
    action,
    direct,
  };
}
