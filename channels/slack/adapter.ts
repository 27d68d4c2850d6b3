/**
 * Slack as a channel-kit platform: messages by chat.postMessage / chat.update (Block Kit
 * from the kit's cards), charts by files.uploadV2, the DM by conversations.open, file
 * downloads with the workspace's bot token; beyond the kit, users.info (time zone and
 * locale) and views.publish (the Home tab). One WebClient per workspace token, pointed at
 * `apiUrl` (a stand-in in tests).
 */
import { WebClient } from "@slack/web-api";
import type {
  ChannelAdapter,
  ConversationRef,
  OutboundFile,
  OutboundMessage,
  PlatformLimits,
  PostedMessage,
} from "../core/adapter.ts";
import type { AttachmentRef } from "../core/attachments/fetch.ts";
import type { InstallationStore } from "./api/installations.ts";
import { type Block, cardsToBlocks } from "./format/cards.ts";
import { toMrkdwn } from "./format/text.ts";

export const SLACK_LIMITS: PlatformLimits = {
  // chat.update is Tier 3 (~50 a minute per workspace): one edit a second while streaming.
  editIntervalMs: 1_000,
  // Slack truncates message text past 40 000 characters and advises 4 000.
  maxTextChars: 3_900,
  maxButtons: 25,
  maxElementChars: 3_000,
  maxButtonLabel: 75,
  maxActionChars: 2_000,
};

export interface SlackAdapterOptions {
  installations: InstallationStore;
  /** Web API base URL ending in "/api/" (default Slack's). */
  apiUrl?: string;
  /** Retries of a failed Web API call (tests: 0). */
  retries?: number;
  /** Counts Web API calls (the note reports calls per turn). */
  onCall?: (method: string) => void;
}

export class SlackAdapter implements ChannelAdapter {
  readonly platform = "slack";
  readonly limits = SLACK_LIMITS;
  private readonly clients = new Map<string, WebClient>();

  constructor(private readonly options: SlackAdapterOptions) {}

  /** The Web API client of a workspace's installation; throws for a workspace that never installed. */
  async client(workspace: string | undefined): Promise<WebClient> {
    if (!workspace) throw new Error("A Slack message needs the workspace (team id) it belongs to.");
    const installation = await this.options.installations.find(workspace);
    if (!installation) throw new Error(`The Slack workspace ${workspace} has not installed CareerCraft.`);
    const key = `${workspace}\u0000${installation.botToken}`;
    let client = this.clients.get(key);
    if (!client) {
      client = new WebClient(installation.botToken, {
        ...(this.options.apiUrl ? { slackApiUrl: this.options.apiUrl } : {}),
        retryConfig: { retries: this.options.retries ?? 10 },
      });
      this.clients.set(key, client);
    }
    return client;
  }

  private count(method: string) {
    this.options.onCall?.(method);
  }

  private body(message: OutboundMessage) {
    const text = toMrkdwn(message.text);
    if (!message.cards?.length) return { text };
    // `text` stays as the notification and screen-reader fallback; the blocks are what shows.
    return { text, blocks: cardsToBlocks(message.cards, message.text) };
  }

  async post(ref: ConversationRef, message: OutboundMessage): Promise<PostedMessage> {
    const client = await this.client(ref.workspace);
    this.count("chat.postMessage");
    const result = await client.chat.postMessage({
      channel: ref.conversation,
      ...(ref.thread ? { thread_ts: ref.thread } : {}),
      ...this.body(message),
      unfurl_links: false,
    });
    return {
      id: String(result.ts),
      ref: { ...ref, conversation: String(result.channel ?? ref.conversation) },
    };
  }

  async edit(message: PostedMessage, update: OutboundMessage): Promise<void> {
    const client = await this.client(message.ref.workspace);
    this.count("chat.update");
    await client.chat.update({ channel: message.ref.conversation, ts: message.id, ...this.body(update) });
  }

  async upload(ref: ConversationRef, file: OutboundFile): Promise<void> {
    const client = await this.client(ref.workspace);
    this.count("files.uploadV2");
    await client.files.uploadV2({
      channel_id: ref.conversation,
      ...(ref.thread ? { thread_ts: ref.thread } : {}),
      file: Buffer.from(file.bytes),
      filename: file.filename,
      title: file.title ?? file.filename,
      ...(file.alt ? { alt_text: file.alt } : {}),
    } as Parameters<WebClient["files"]["uploadV2"]>[0]);
  }

  async openDirect(ref: Pick<ConversationRef, "platform" | "workspace" | "user">): Promise<ConversationRef> {
    if (!ref.user) throw new Error("Opening a Slack DM needs the person's user id.");
    const client = await this.client(ref.workspace);
    this.count("conversations.open");
    const result = await client.conversations.open({ users: ref.user });
    const id = result.channel?.id;
    if (!id) throw new Error("Slack did not open a direct message with the person.");
    return { platform: "slack", workspace: ref.workspace, conversation: id, user: ref.user };
  }

  /** The person's time zone and locale as Slack knows them. */
  async userInfo(workspace: string, user: string): Promise<{ tz?: string; locale?: string } | undefined> {
    const client = await this.client(workspace);
    this.count("users.info");
    const result = await client.users.info({ user, include_locale: true });
    return result.user
      ? {
          ...(result.user.tz ? { tz: result.user.tz } : {}),
          ...(result.user.locale ? { locale: result.user.locale } : {}),
        }
      : undefined;
  }

  /** Replaces the person's App Home tab. */
  async publishHome(workspace: string, user: string, blocks: Block[]): Promise<void> {
    const client = await this.client(workspace);
    this.count("views.publish");
    await client.views.publish({ user_id: user, view: { type: "home", blocks: blocks as never } });
  }

  async attachmentHeaders(
    _ref: AttachmentRef,
    workspace: string | undefined,
  ): Promise<Record<string, string>> {
    const installation = workspace ? await this.options.installations.find(workspace) : undefined;
    return installation ? { authorization: `Bearer ${installation.botToken}` } : {};
  }
}
