/**
 * The gateway client: discord.js connected with only the intents used (server list,
 * server messages, DMs; no privileged MessageContent: Discord sends the text of messages
 * that mention the bot, and of DMs, without it) and `Partials.Channel`, without which
 * discord.js drops the first DM of a channel it has not cached.
 *
 * Messages start "typing…" and go to the kit. Interactions must be answered within 3 s:
 * each is deferred at once (ephemeral in servers: the reply is for the person who
 * pressed) and the turn then edits that deferred reply.
 */
import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Client,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  Partials,
} from "discord.js";
import type { Logger } from "../../../data/logger.ts";
import type { ChannelEvent } from "../../core/adapter.ts";
import type { ChannelKit } from "../../core/kit.ts";
import type { DiscordApi } from "../api/discord-api.ts";
import { buttonEvent, buttonOwner, commandEvent, messageEvent } from "./parse.ts";

export const DISCORD_INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
];

export function createGatewayClient(options: { api?: string }): Client {
  return new Client({
    intents: DISCORD_INTENTS,
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    ...(options.api ? { rest: { api: options.api } } : {}),
  });
}

export interface GatewayHandlers {
  client: Client;
  api: DiscordApi;
  kit: Pick<ChannelKit, "receive">;
  logger: Logger;
}

/** Wires the client's events to the kit (call before login, so no event is missed). */
export function listen({ client, api, kit, logger }: GatewayHandlers): void {
  const hand = (event: ChannelEvent) =>
    kit.receive(event).catch((err) => logger.error({ err, eventId: event.eventId }, "a Discord turn failed"));

  client.on(Events.MessageCreate, (message: Message) => {
    const botId = client.user?.id;
    if (!botId) return;
    const event = messageEvent(message, botId);
    if (!event) return;
    api.typing(message.channelId).catch((err) => logger.debug({ err }, "typing indicator failed"));
    void hand(event);
  });

  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    onInteraction(interaction, api, hand).catch((err) =>
      logger.warn({ err, interaction: interaction.id }, "answering a Discord interaction failed"),
    );
  });
}

async function onInteraction(
  interaction: Interaction,
  api: DiscordApi,
  hand: (event: ChannelEvent) => Promise<unknown>,
): Promise<void> {
  if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
  const inServer = interaction.guildId !== null;
  if (interaction.isButton()) {
    const owner = buttonOwner(interaction);
    if (owner && owner !== interaction.user.id) {
      await interaction.reply({
        content: `These buttons are on <@${owner}>'s message, so they only work for them. Ask me yourself (mention me, or use /careercraft) and you'll get your own.`,
        flags: MessageFlags.Ephemeral,
        allowedMentions: { parse: [] },
      });
      return;
    }
  }
  await interaction.deferReply(inServer ? { flags: MessageFlags.Ephemeral } : {});
  const thread = api.openInteraction(interaction.id, interaction.token, inServer);
  const event = interaction.isButton()
    ? buttonEvent(interaction as ButtonInteraction, thread)
    : commandEvent(interaction as ChatInputCommandInteraction, thread);
  if (!event) {
    await interaction.editReply({
      content: "That button or command is out of date or not one of mine. Ask again and use the new buttons.",
    });
    return;
  }
  await hand(event);
}
