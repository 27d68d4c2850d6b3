/**
 * Teams as a channel-kit platform: text as markdown messages, cards as Adaptive Cards,
 * charts as inline PNG images, streaming by updating the posted message, and any other
 * file (a data export) offered through the file-consent flow (files/offer.ts). A file the
 * person sends arrives with a pre-authorised download URL, so it needs no header; an
 * image they paste is kept by the Bot Connector and read with the bot's token.
 */
import type {
  ChannelAdapter,
  ConversationRef,
  OutboundFile,
  OutboundMessage,
  PlatformLimits,
  PostedMessage,
} from "../core/adapter.ts";
import type { AttachmentRef } from "../core/attachments/fetch.ts";
import type { OutboundActivity, TeamsApi } from "./api/teams-api.ts";
import type { FileOffers } from "./files/offer.ts";
import { ADAPTIVE_CARD_CONTENT_TYPE, adaptiveCard } from "./format/cards.ts";
import { teamsText } from "./format/text.ts";

export const TEAMS_PLATFORM = "teams";

export const TEAMS_LIMITS: PlatformLimits = {
  // Teams throttles a bot at about 7 operations a second per conversation; updates every
  // 1.5 s leave room for the cards and the other people in a channel.
  editIntervalMs: 1_500,
  // A message may be ~28 KB; long answers read better split anyway.
  maxTextChars: 4_000,
  // Adaptive Cards have no hard action limit in Teams; a long roadmap stays usable.
  maxButtons: 40,
  maxElementChars: 2_000,
  maxButtonLabel: 40,
  maxActionChars: 1_000,
};

/** Whose buttons: in a channel or group chat, the person the reply is for. */
const owner = (ref: ConversationRef) => ref.user;

function activity(message: OutboundMessage, ref: ConversationRef): OutboundActivity {
  const cards = message.cards ?? [];
  return {
    type: "message",
    textFormat: "markdown",
    // A card's fallback words would repeat it above itself.
    text: cards.length && message.text === cards[0]?.fallback ? "" : teamsText(message.text),
    ...(cards.length
      ? {
          attachments: cards.map((card) => ({
            contentType: ADAPTIVE_CARD_CONTENT_TYPE,
            content: adaptiveCard(card, owner(ref)),
          })),
        }
      : {}),
  };
}

export class TeamsAdapter implements ChannelAdapter {
  readonly platform = TEAMS_PLATFORM;
  readonly limits = TEAMS_LIMITS;

  constructor(
    readonly api: TeamsApi,
    private readonly files: FileOffers,
  ) {}

  async post(ref: ConversationRef, message: OutboundMessage): Promise<PostedMessage> {
    return { id: await this.api.send(ref, activity(message, ref)), ref };
  }

  async edit(message: PostedMessage, update: OutboundMessage): Promise<void> {
    await this.api.update(message.ref, message.id, activity(update, message.ref));
  }

  /**
   * Images (charts) inline: Teams shows a base64 PNG in the chat, no file store needed.
   * Anything else cannot be shown inline, so it is offered for the person's OneDrive.
   */
  async upload(ref: ConversationRef, file: OutboundFile): Promise<void> {
    if (!file.mimeType.startsWith("image/")) {
      await this.files.offer(ref, file);
      return;
    }
    await this.api.send(ref, {
      type: "message",
      textFormat: "markdown",
      ...(file.title ? { text: teamsText(file.title) } : {}),
      attachments: [
        {
          contentType: file.mimeType,
          contentUrl: `data:${file.mimeType};base64,${Buffer.from(file.bytes).toString("base64")}`,
          name: file.filename,
        },
      ],
    });
  }

  async openDirect(ref: Pick<ConversationRef, "platform" | "workspace" | "user">): Promise<ConversationRef> {
    const stored = ref as ConversationRef;
    const conversation = await this.api.createDirect(stored);
    return {
      platform: TEAMS_PLATFORM,
      ...(ref.workspace ? { workspace: ref.workspace } : {}),
      conversation,
      ...(ref.user ? { user: ref.user } : {}),
      extra: { ...stored.extra, conversationType: "personal" },
    };
  }

  /** The bot's token for a pasted image the connector keeps; nothing for pre-authorised file URLs. */
  async attachmentHeaders(ref: AttachmentRef): Promise<Record<string, string>> {
    const at = ref.url.indexOf("/v3/attachments/");
    if (at < 0) return {};
    const token = await this.api.connectorToken(`${ref.url.slice(0, at)}/`);
    return token ? { authorization: `Bearer ${token}` } : {};
  }
}
