/**
 * The Discord REST calls the adapter makes, through discord.js's REST client: its
 * per-route queue keeps within Discord's rate limits and waits out a 429's retry-after
 * before retrying, so no call here retries by hand.
 *
 * Interactions (slash commands, button presses) are answered through their webhook for
 * 15 minutes: the deferred reply is edited into the first message, later messages are
 * follow-ups. The interaction token stays in this process's memory; the conversation
 * reference only names the interaction (`thread: "i:<id>"`), so no token is ever stored.
 */
import { type APIMessage, type REST, Routes } from "discord.js";
import type { OutboundFile } from "../../core/adapter.ts";
import type { DiscordMessageBody } from "../format/message.ts";

/** Discord keeps an interaction's token valid for 15 minutes; stop a little before. */
const INTERACTION_TTL_MS = 14 * 60_000;
const EPHEMERAL = 1 << 6;

interface OpenInteraction {
  token: string;
  expiresAt: number;
  ephemeral: boolean;
  /** The deferred reply ("thinking…") has become the first message. */
  originalUsed: boolean;
}

export class DiscordApi {
  private readonly interactions = new Map<string, OpenInteraction>();
  /** Messages sent through an interaction webhook: edited through it too. */
  private readonly webhookMessages = new Map<string, string>();
  private readonly directChannels = new Map<string, string>();

  constructor(
    readonly rest: REST,
    private readonly applicationId: string,
  ) {}

  /** Remembers a deferred interaction; returns the reference thread that names it. */
  openInteraction(id: string, token: string, ephemeral: boolean): string {
    const now = Date.now();
    for (const [k, v] of this.interactions) if (v.expiresAt <= now) this.interactions.delete(k);
    this.interactions.set(id, { token, expiresAt: now + INTERACTION_TTL_MS, ephemeral, originalUsed: false });
    return `i:${id}`;
  }

  private interaction(thread: string | undefined): OpenInteraction | undefined {
    if (!thread?.startsWith("i:")) return undefined;
    const open = this.interactions.get(thread.slice(2));
    return open && open.expiresAt > Date.now() ? open : undefined;
  }

  async send(channelId: string, thread: string | undefined, body: DiscordMessageBody): Promise<string> {
    const open = this.interaction(thread);
    if (open && !open.originalUsed) {
      open.originalUsed = true;
      const m = (await this.rest.patch(Routes.webhookMessage(this.applicationId, open.token, "@original"), {
        body,
        auth: false,
      })) as APIMessage;
      this.webhookMessages.set(m.id, open.token);
      return m.id;
    }
    if (open) {
      const m = (await this.rest.post(Routes.webhook(this.applicationId, open.token), {
        body: { ...body, ...(open.ephemeral ? { flags: EPHEMERAL } : {}) },
        auth: false,
      })) as APIMessage;
      this.webhookMessages.set(m.id, open.token);
      return m.id;
    }
    const m = (await this.rest.post(Routes.channelMessages(channelId), { body })) as APIMessage;
    return m.id;
  }

  async edit(channelId: string, messageId: string, body: DiscordMessageBody): Promise<void> {
    const token = this.webhookMessages.get(messageId);
    if (token)
      await this.rest.patch(Routes.webhookMessage(this.applicationId, token, messageId), {
        body,
        auth: false,
      });
    else await this.rest.patch(Routes.channelMessage(channelId, messageId), { body });
  }

  async upload(channelId: string, thread: string | undefined, file: OutboundFile): Promise<void> {
    const open = this.interaction(thread);
    const body = {
      ...(file.title ? { content: file.title } : {}),
      attachments: [{ id: 0, filename: file.filename, ...(file.alt ? { description: file.alt } : {}) }],
      allowed_mentions: { parse: [] },
      ...(open?.ephemeral ? { flags: EPHEMERAL } : {}),
    };
    const files = [{ name: file.filename, data: Buffer.from(file.bytes), contentType: file.mimeType }];
    if (open) {
      // The deferred reply must be answered first; a chart is never the first thing said.
      await this.rest.post(Routes.webhook(this.applicationId, open.token), { body, files, auth: false });
      return;
    }
    await this.rest.post(Routes.channelMessages(channelId), { body, files });
  }

  /** The DM channel with a user (one REST call the first time, remembered after). */
  async directChannel(userId: string): Promise<string> {
    const known = this.directChannels.get(userId);
    if (known) return known;
    const channel = (await this.rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as {
      id: string;
    };
    this.directChannels.set(userId, channel.id);
    return channel.id;
  }

  /** "careercraft is typing…" for about ten seconds, or until the bot's next message. */
  async typing(channelId: string): Promise<void> {
    await this.rest.post(Routes.channelTyping(channelId));
  }
}
