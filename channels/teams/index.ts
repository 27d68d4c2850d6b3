/**
 * The Microsoft Teams channel on the Microsoft 365 Agents SDK (@microsoft/agents-hosting,
 * the successor of the archived botbuilder; same Bot Framework protocol, same Azure Bot
 * registration): the CloudAdapter that validates tokens and calls the Bot Connector, the
 * /api/messages route and the kit adapter.
 */
import { type AuthConfiguration, CloudAdapter } from "@microsoft/agents-hosting";
import type { Router } from "express";
import type { Queryable } from "../../data/db/types.ts";
import type { Logger } from "../../data/logger.ts";
import { createTeamsFileOffersRepository } from "../../data/repositories/teams-file-offers.ts";
import type { ChannelKit } from "../core/kit.ts";
import { TeamsAdapter } from "./adapter.ts";
import { TeamsApi } from "./api/teams-api.ts";
import { FILE_OFFER_TTL_MS, FileOffers } from "./files/offer.ts";
import { teamsRouter } from "./receive/route.ts";

export { TEAMS_LIMITS, TEAMS_PLATFORM, TeamsAdapter } from "./adapter.ts";
export { FILE_OFFER_TTL_MS } from "./files/offer.ts";
export {
  FILE_CONSENT_INVOKE,
  FILE_CONSENT_UNREADABLE_REPLY,
  FILE_OFFER_GONE_REPLY,
  FILE_OFFER_NOT_YOURS_REPLY,
} from "./receive/file-consent.ts";
export { NOT_YOURS_REPLY, UNKNOWN_TENANT_REPLY } from "./receive/route.ts";

export interface TeamsAuth {
  /** The Azure Bot's Microsoft App ID: the audience every inbound token must carry. */
  appId: string;
  /** The app's tenant (single-tenant bots) or undefined for a multi-tenant registration. */
  tenantId?: string;
  /** Client secret for the bot's own tokens; or `sidecarUrl` for the Entra auth sidecar. */
  appPassword?: string;
  sidecarUrl?: string;
  /** Identity provider and accepted token issuers (defaults: Microsoft's). Tests use a stand-in. */
  authority?: string;
  issuers?: string[];
}

export interface TeamsChannelOptions {
  /** Undefined only in tests: the SDK then accepts activities without a token. */
  auth?: TeamsAuth;
  kit: Pick<ChannelKit, "receive">;
  /** Files offered for the person's consent wait here (any instance may get the answer). */
  db: Queryable;
  logger: Logger;
  tenants?: ReadonlySet<string>;
  /** How long an unanswered file offer waits (default an hour; tests shorten it). */
  fileOfferTtlMs?: number;
}

export interface TeamsChannel {
  adapter: TeamsAdapter;
  /** POST /api/messages, to mount in the app. */
  router: Router;
}

export function authConfiguration(auth: TeamsAuth | undefined): AuthConfiguration {
  if (!auth) return {};
  return {
    clientId: auth.appId,
    ...(auth.tenantId ? { tenantId: auth.tenantId } : {}),
    ...(auth.appPassword ? { clientSecret: auth.appPassword } : {}),
    ...(auth.sidecarUrl ? { authType: "EntraAuthSideCar", sidecarBaseUrl: auth.sidecarUrl } : {}),
    ...(auth.authority ? { authority: auth.authority } : {}),
    ...(auth.issuers ? { issuers: auth.issuers, validateIssuer: true } : {}),
  };
}

export const TURN_FAILED_REPLY =
  "Sorry, something went wrong on my side and I couldn't finish that. Please try again in a minute.";

export function createTeamsChannel(options: TeamsChannelOptions): TeamsChannel {
  const cloud = new CloudAdapter(authConfiguration(options.auth));
  // The SDK's default tells the person "please fix the source code"; say what they can do instead.
  cloud.onTurnError = async (context, error) => {
    options.logger.error({ err: error, type: context.activity.type }, "a Teams activity failed");
    if (context.activity.type === "invoke")
      await context.sendActivity({ type: "invokeResponse", value: { status: 500 } } as never);
    await context.sendActivity(TURN_FAILED_REPLY).catch(() => undefined);
  };
  const api = new TeamsApi(cloud, options.auth?.appId ?? "");
  const offers = createTeamsFileOffersRepository(options.db);
  const adapter = new TeamsAdapter(
    api,
    new FileOffers(api, offers, options.fileOfferTtlMs ?? FILE_OFFER_TTL_MS),
  );
  const router = teamsRouter({
    cloud,
    kit: options.kit,
    offers,
    logger: options.logger,
    ...(options.tenants ? { tenants: options.tenants } : {}),
  });
  return { adapter, router };
}
