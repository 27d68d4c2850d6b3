/**
 * Teams as a channel-kit platform: text as markdown messages, cards as Adaptive Cards,
 * charts as inline PNG images, streaming by updating the posted message. A file the
 * person sends arrives with a pre-authorised download URL, so downloads need no header.
 */
import type {
  ChannelAdapter,
  ConversationRef,
  OutboundFile,
  OutboundMessage,
  PlatformLimits,
  PostedMessage,
} from "../core/adapter.ts";
import type { OutboundActivity, TeamsApi } from "./api/teams-api.ts";
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

  constructor(readonly api: TeamsApi) {}

  async post(ref: ConversationRef, message: OutboundMessage): Promise<PostedMessage> {
    return { id: await this.api.send(ref, activity(message, ref)), ref };
  }

  async edit(message: PostedMessage, update: OutboundMessage): Promise<void> {
    await this.api.update(message.ref, message.id, activity(update, message.ref));
  }

  /** Charts as inline images (Teams shows a base64 PNG in the chat, no file store needed). */
  async upload(ref: ConversationRef, file: OutboundFile): Promise<void> {
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

  async attachmentHeaders(): Promise<Record<string, string>> {
    return {};
  }
}
