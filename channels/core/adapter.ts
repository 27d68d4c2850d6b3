/**
 * The contract every chat platform implements (Slack, Discord, Teams). A platform
 * folder is split by concern, as in vercel/chat and bolt-js:
 *
 *   channels/<platform>/
 *     receive/   verify.ts (signature or token) + parse.ts (platform event -> ChannelEvent)
 *     api/       the platform SDK client: post, edit, upload, open a DM, fetch a file
 *     format/    text (the agent's markdown-lite -> the platform's markup) and cards
 *                (the kit's neutral Card -> Block Kit / embeds / Adaptive Cards)
 *     adapter.ts the ChannelAdapter below, built from api/ and format/
 *
 * The kit (kit.ts) does everything else once: de-duplication, per-thread locks,
 * attachment download, the streamed reply by edits, cards from reply parts, stored
 * conversation references and proactive delivery, and queued long work.
 */
import type { Identity, InboundAction } from "../../contract/conversation.ts";
import type { AttachmentRef } from "./attachments/fetch.ts";
import type { Card } from "./cards/card.ts";

/**
 * Where a message goes, in platform terms. Serialisable: stored for proactive messages
 * and carried by queued turns. `conversation` is a channel / DM / conversation id,
 * `thread` a thread within it (Slack thread_ts), `user` the platform user id.
 */
export interface ConversationRef {
  platform: string;
  /** Workspace, tenant or guild: picks the installation (bot token) for API calls. */
  workspace?: string;
  conversation: string;
  thread?: string;
  user?: string;
  /** Anything else the platform needs to reach it again (a Teams serviceUrl). */
  extra?: Record<string, string>;
}

/** One inbound event, verified and parsed by the platform's receiver. */
export interface ChannelEvent {
  platform: string;
  /** The platform's id for this delivery (Slack event_id): repeats are handled once. */
  eventId: string;
  identity: Identity & { verified: boolean };
  /** Where the reply goes. */
  ref: ConversationRef;
  /** One conversation per platform thread: the agent's thread id, and the lock key. */
  threadKey: string;
  text: string;
  attachments: AttachmentRef[];
  action?: InboundAction;
  /** A direct message: the place to reach this person later (reminders). */
  direct: boolean;
}

/** The message the kit asks an adapter to post or edit. `text` is the agent's markdown-lite. */
export interface OutboundMessage {
  text: string;
  cards?: Card[];
}

export interface PostedMessage {
  /** The platform's message id (Slack ts). */
  id: string;
  ref: ConversationRef;
}

export interface OutboundFile {
  filename: string;
  mimeType: string;
  bytes: Uint8Array;
  title?: string;
  alt?: string;
}

/** What a platform allows; the kit sizes streaming, text and cards by it. */
export interface PlatformLimits {
  /** Least time between two edits of one message while streaming. */
  editIntervalMs: number;
  /** Longest text of one message; longer replies continue in a new message. */
  maxTextChars: number;
  /** Buttons one card may carry (Discord: 25 per message; Slack: 25 per actions block, 50 blocks). */
  maxButtons: number;
  /** Longest text inside one card element (Slack section: 3000). */
  maxElementChars: number;
  /** Longest button label (Slack: 75; Discord: 80). */
  maxButtonLabel: number;
  /** Longest encoded action a button may carry (Discord custom_id: 100; Slack value: 2000). */
  maxActionChars: number;
}

export interface ChannelAdapter {
  readonly platform: string;
  readonly limits: PlatformLimits;
  post(ref: ConversationRef, message: OutboundMessage): Promise<PostedMessage>;
  edit(message: PostedMessage, update: OutboundMessage): Promise<void>;
  upload(ref: ConversationRef, file: OutboundFile): Promise<void>;
  /** The direct-message conversation with `ref.user` in `ref.workspace`. */
  openDirect(ref: Pick<ConversationRef, "platform" | "workspace" | "user">): Promise<ConversationRef>;
  /**
   * Headers a download of `ref` needs (Slack: the workspace's bot token); the kit does the
   * download itself, size-limited and checked (attachments/fetch.ts).
   */
  attachmentHeaders(ref: AttachmentRef, workspace: string | undefined): Promise<Record<string, string>>;
}
