/**
 * Discord gateway events as channel-kit events. A Discord user id is global, so it is
 * the person's identity in DMs and in every server alike (the resume sent by DM is there
 * when they ask in a server); the server (guild) is the workspace, which only
 * configuration maps to an organisation. One conversation per channel or thread: a
 * thread is its own channel on Discord.
 */
import type { ButtonInteraction, ChatInputCommandInteraction, Message } from "discord.js";
import type { ChannelEvent, ConversationRef } from "../../core/adapter.ts";
import type { AttachmentRef } from "../../core/attachments/fetch.ts";
import { decodeAction } from "../../core/cards/actions.ts";
import { DISCORD_PLATFORM } from "../adapter.ts";
import { COMMAND_NAME, commandText } from "../commands.ts";

type Person = { id: string; username: string; globalName: string | null };

function identity(user: Person, guildId: string | null, locale?: string): ChannelEvent["identity"] {
  return {
    channel: DISCORD_PLATFORM,
    externalId: user.id,
    displayName: user.globalName ?? user.username,
    // The gateway session is authenticated by the bot token: Discord vouches for the author.
    verified: true,
    ...(guildId ? { workspace: guildId } : {}),
    ...(locale ? { locale } : {}),
  };
}

const threadKey = (guildId: string | null, channelId: string) => `${guildId ?? "dm"}:${channelId}`;

function ref(user: string, guildId: string | null, channelId: string, thread?: string): ConversationRef {
  return {
    platform: DISCORD_PLATFORM,
    ...(guildId ? { workspace: guildId } : {}),
    conversation: channelId,
    user,
    ...(thread ? { thread } : {}),
  };
}

/** A DM, or a server message that mentions the bot; undefined for anything else (other bots too). */
export function messageEvent(message: Message, botUserId: string): ChannelEvent | undefined {
  if (message.author.bot || message.system) return undefined;
  const direct = message.guildId === null;
  if (!direct && !message.mentions.users.has(botUserId)) return undefined;
  const text = message.content.replace(new RegExp(`<@!?${botUserId}>`, "g"), "").trim();
  const attachments: AttachmentRef[] = [...message.attachments.values()].map((a) => ({
    filename: a.name,
    ...(a.contentType ? { mimeType: a.contentType } : {}),
    size: a.size,
    url: a.url,
  }));
  return {
    platform: DISCORD_PLATFORM,
    eventId: `m:${message.id}`,
    identity: identity(message.author, message.guildId),
    ref: ref(message.author.id, message.guildId, message.channelId),
    threadKey: threadKey(message.guildId, message.channelId),
    text,
    attachments,
    direct,
  };
}

/** `/careercraft <subcommand>` as the message it stands for; `thread` names the deferred interaction. */
export function commandEvent(
  interaction: ChatInputCommandInteraction,
  thread: string,
): ChannelEvent | undefined {
  if (interaction.commandName !== COMMAND_NAME) return undefined;
  const text = commandText(
    interaction.options.getSubcommand(false) ?? "",
    interaction.options.getString("job"),
  );
  if (!text) return undefined;
  return interactionEvent(interaction, thread, { text });
}

/** A button press: the action decoded from its custom_id, or undefined for a button that is not ours. */
export function buttonEvent(interaction: ButtonInteraction, thread: string): ChannelEvent | undefined {
  const action = decodeAction(interaction.customId);
  if (!action) return undefined;
  return interactionEvent(interaction, thread, { text: "", action });
}

function interactionEvent(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  thread: string,
  content: Pick<ChannelEvent, "text" | "action">,
): ChannelEvent {
  const channelId = interaction.channelId ?? "";
  return {
    platform: DISCORD_PLATFORM,
    eventId: `i:${interaction.id}`,
    identity: identity(interaction.user, interaction.guildId, interaction.locale),
    ref: ref(interaction.user.id, interaction.guildId, channelId, thread),
    threadKey: threadKey(interaction.guildId, channelId),
    attachments: [],
    direct: interaction.guildId === null,
    ...content,
  };
}

/**
 * Whose buttons these are: a server message from the bot names the person it answers
 * (its first mention), a reply to a command carries who ran it. Undefined in DMs.
 */
export function buttonOwner(interaction: ButtonInteraction): string | undefined {
  if (interaction.guildId === null) return undefined;
  const message = interaction.message;
  return message.interactionMetadata?.user.id ?? message.mentions.users.first()?.id;
}
