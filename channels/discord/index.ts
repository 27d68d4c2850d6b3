/**
 * The Discord channel: the gateway client, the REST API and the kit adapter, started
 * and stopped together by the service (wiring.ts) or a test.
 */
import { type Client, Events } from "discord.js";
import type { Logger } from "../../data/logger.ts";
import type { ChannelKit } from "../core/kit.ts";
import { DiscordAdapter } from "./adapter.ts";
import { DiscordApi } from "./api/discord-api.ts";
import { createGatewayClient, listen } from "./receive/gateway.ts";

export { DISCORD_PLATFORM, DISCORD_PLATFORM_LIMITS, DiscordAdapter } from "./adapter.ts";
export { COMMANDS, commandText, registerCommands } from "./commands.ts";
export { DISCORD_INTENTS } from "./receive/gateway.ts";

export interface DiscordChannelOptions {
  token: string;
  applicationId: string;
  /** Where events go; the caller registers `adapter` with the same kit. */
  kit: Pick<ChannelKit, "receive">;
  logger: Logger;
  /** The REST base URL (default Discord's); tests point it at a stand-in. */
  api?: string;
}

export interface DiscordChannel {
  adapter: DiscordAdapter;
  client: Client;
  /** Logs in and resolves once the gateway session is ready. */
  start(): Promise<void>;
  close(): Promise<void>;
}

export function createDiscordChannel(options: DiscordChannelOptions): DiscordChannel {
  const client = createGatewayClient({ api: options.api });
  // REST works before (or without) the gateway login: a worker sends reminders and never connects.
  client.rest.setToken(options.token);
  const api = new DiscordApi(client.rest, options.applicationId);
  const adapter = new DiscordAdapter(api);
  listen({ client, api, kit: options.kit, logger: options.logger });
  return {
    adapter,
    client,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(options.token);
      await ready;
    },
    async close() {
      await client.destroy();
    },
  };
}
