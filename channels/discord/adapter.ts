/**
 * Discord as a channel-kit platform: posts, edits, uploads and DMs through DiscordApi,
 * messages drawn by format/message.ts. Attachments come from Discord's CDN by signed
 * URL, so downloads need no auth header.
 */
import type {
  ChannelAdapter,
  ConversationRef,
  OutboundFile,
  OutboundMessage,
  PlatformLimits,
  PostedMessage,
} from "../core/adapter.ts";
import type { DiscordApi } from "./api/discord-api.ts";
import { DISCORD_LIMITS, messageBody } from "./format/message.ts";

export const DISCORD_PLATFORM = "discord";

export const DISCORD_PLATFORM_LIMITS: PlatformLimits = {
  // Discord allows 5 edits of one channel's messages per 5 s; one a second stays clear of it.
  editIntervalMs: 1_100,
  maxTextChars: DISCORD_LIMITS.content,
  maxButtons: DISCORD_LIMITS.buttonsPerRow * DISCORD_LIMITS.rows,
  maxElementChars: DISCORD_LIMITS.fieldValue,
  maxButtonLabel: DISCORD_LIMITS.buttonLabel,
  maxActionChars: 100,
};

/**
 * Whom a message in a server channel answers. DMs need no name, and interaction replies
 * there are ephemeral (only the person who pressed or typed the command sees them).
 */
const owner = (ref: ConversationRef) =>
  ref.workspace && ref.user && !ref.thread?.startsWith("i:") ? ref.user : undefined;

export class DiscordAdapter implements ChannelAdapter {
  readonly platform = DISCORD_PLATFORM;
  readonly limits = DISCORD_PLATFORM_LIMITS;

  constructor(readonly api: DiscordApi) {}

  async post(ref: ConversationRef, message: OutboundMessage): Promise<PostedMessage> {
    const id = await this.api.send(ref.conversation, ref.thread, messageBody(message, owner(ref)));
    return { id, ref };
  }

  async edit(message: PostedMessage, update: OutboundMessage): Promise<void> {
    await this.api.edit(message.ref.conversation, message.id, messageBody(update, owner(message.ref)));
  }

  async upload(ref: ConversationRef, file: OutboundFile): Promise<void> {
    await this.api.upload(ref.conversation, ref.thread, file);
  }

  async openDirect(ref: Pick<ConversationRef, "platform" | "workspace" | "user">): Promise<ConversationRef> {
    if (!ref.user) throw new Error("A Discord DM needs the person's user id.");
    const conversation = await this.api.directChannel(ref.user);
    return { platform: DISCORD_PLATFORM, conversation, user: ref.user };
  }

  async attachmentHeaders(): Promise<Record<string, string>> {
    return {};
  }
}
