/**
 * The kit's outbound message as a Discord message body: the words as `content`, each
 * neutral card as one embed (title, description with small print in italics where it
 * stands, inline fields, colour by tone) and its buttons as action rows (5 buttons a row, 5 rows a
 * message). Discord has no button beside a line of an embed, so a row's button carries
 * a short form of the row in its label ("Done · Learn Kafka").
 */
import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from "discord.js";
import type { OutboundMessage } from "../../core/adapter.ts";
import type { Card, CardButton } from "../../core/cards/card.ts";
import { discordText } from "./text.ts";

/** Discord's limits (docs: message resource, embed limits, component limits). */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  buttonLabel: 80,
  buttonsPerRow: 5,
  rows: 5,
  /** Ten embeds a message, 6000 characters across them. */
  embedsTotal: 6000,
} as const;

const TONE_COLOUR = { good: 0x2e7d32, bad: 0xc62828, neutral: 0x546e7a } as const;

export interface DiscordMessageBody {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  /**
   * Nobody is pinged by anything the agent writes (a pasted "@everyone" stays text); in a
   * server channel the person the reply is for is named and notified.
   */
  allowed_mentions: { parse: []; users?: string[] };
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** A row's text without markup, as a button label suffix. */
const plain = (text: string) =>
  text
    .replace(/\[([^\]]+)\]\([^)]+\)/g, "$1")
    .replace(/[*_`~]|^[✅⬜]\s*/gu, "")
    .trim();

function button(b: CardButton, context?: string): APIButtonComponentWithCustomId {
  const label = context ? `${b.label} · ${plain(context)}` : b.label;
  return {
    type: ComponentType.Button,
    style:
      b.style === "danger"
        ? ButtonStyle.Danger
        : b.style === "primary"
          ? ButtonStyle.Primary
          : ButtonStyle.Secondary,
    label: clip(label, DISCORD_LIMITS.buttonLabel),
    custom_id: b.value,
  };
}

export function cardEmbed(card: Card): { embed: APIEmbed; buttons: APIButtonComponentWithCustomId[] } {
  const lines: string[] = [];
  const fields: NonNullable<APIEmbed["fields"]> = [];
  const buttons: APIButtonComponentWithCustomId[] = [];
  for (const element of card.elements) {
    switch (element.kind) {
      case "text":
        lines.push(discordText(element.text));
        break;
      case "row":
        lines.push(discordText(element.text));
        if (element.button) buttons.push(button(element.button, element.text));
        break;
      case "fields":
        for (const f of element.fields.slice(0, DISCORD_LIMITS.embedFields - fields.length))
          fields.push({
            name: clip(f.label, DISCORD_LIMITS.fieldName),
            value: clip(discordText(f.value), DISCORD_LIMITS.fieldValue),
            inline: true,
          });
        break;
      case "buttons":
        for (const b of element.buttons) buttons.push(button(b));
        break;
      // A note stays where it stands, in italics: a roadmap week's checkpoint under its week.
      // (In the footer every week's checkpoint piled up under the last week shown.)
      case "note":
        lines.push(`_${discordText(element.text)}_`);
        break;
      case "divider":
        lines.push("");
        break;
    }
  }
  const embed: APIEmbed = {
    ...(card.title ? { title: clip(card.title, DISCORD_LIMITS.embedTitle) } : {}),
    ...(card.tone ? { color: TONE_COLOUR[card.tone] } : {}),
  };
  const description = [card.subtitle ? `_${card.subtitle}_` : "", ...lines].join("\n").trim();
  if (description) embed.description = clip(description, DISCORD_LIMITS.embedDescription);
  if (fields.length) embed.fields = fields;
  return { embed, buttons };
}

/**
 * `owner`: in a server channel, the person the message answers. Their mention opens it,
 * which also tells the receiver whose buttons these are (receive/parse.ts).
 */
export function messageBody(message: OutboundMessage, owner?: string): DiscordMessageBody {
  const embeds: APIEmbed[] = [];
  const buttons: APIButtonComponentWithCustomId[] = [];
  for (const card of message.cards ?? []) {
    const drawn = cardEmbed(card);
    // A card of buttons alone (suggested replies) needs no empty embed above them.
    if (drawn.embed.title || drawn.embed.description || drawn.embed.fields) embeds.push(drawn.embed);
    buttons.push(...drawn.buttons);
  }
  const rows: DiscordMessageBody["components"] = [];
  const max = DISCORD_LIMITS.buttonsPerRow * DISCORD_LIMITS.rows;
  for (let i = 0; i < Math.min(buttons.length, max); i += DISCORD_LIMITS.buttonsPerRow)
    rows.push({
      type: ComponentType.ActionRow,
      components: buttons.slice(i, i + DISCORD_LIMITS.buttonsPerRow),
    });
  // With a card the words are its fallback; the embed says it better, so content stays short.
  const text = discordText(message.text);
  const words = embeds.length && text === message.cards?.[0]?.fallback ? "" : text;
  if (!owner)
    return {
      content: clip(words, DISCORD_LIMITS.content),
      embeds,
      components: rows,
      allowed_mentions: { parse: [] },
    };
  const mention = `<@${owner}>`;
  return {
    content: clip(words ? `${mention} ${words}` : mention, DISCORD_LIMITS.content),
    embeds,
    components: rows,
    allowed_mentions: { parse: [], users: [owner] },
  };
}
