/**
 * POST /api/messages: every activity's Bot Connector token is validated (signature from
 * the OpenID signing keys, audience = our app id, expiry, issuer) by the SDK's
 * authorizeJWT before anything is read; then the activity is acknowledged and its turn
 * handed to the kit. A tenant the operator has not configured is told so and nothing is
 * stored; so is someone pressing a card drawn for another person.
 */
import type { CloudAdapter, TurnContext } from "@microsoft/agents-hosting";
import express, { type Router } from "express";
import type { Logger } from "../../../data/logger.ts";
import type { TeamsFileOffersRepository } from "../../../data/repositories/teams-file-offers.ts";
import type { ChannelKit } from "../../core/kit.ts";
import { answerFileConsent, isFileConsentInvoke } from "./file-consent.ts";
import { parseActivity, tenantOf } from "./parse.ts";

export interface TeamsRouteOptions {
  cloud: CloudAdapter;
  kit: Pick<ChannelKit, "receive">;
  /** Files waiting for the person's Allow / Decline (the file-consent flow). */
  offers: TeamsFileOffersRepository;
  logger: Logger;
  /** Tenants allowed to use the bot; undefined: any tenant (personal organisations). */
  tenants?: ReadonlySet<string>;
}

export const UNKNOWN_TENANT_REPLY =
  "CareerCraft isn't set up for your organisation yet. Ask your career centre to add your Microsoft 365 tenant, then message me again.";
export const NOT_YOURS_REPLY =
  "That card belongs to someone else, so its buttons only work for them. Ask me yourself (mention me) and you'll get your own.";

export function teamsRouter(options: TeamsRouteOptions): Router {
  const { cloud, kit, logger } = options;
  const router = express.Router();

  const logic = async (context: TurnContext) => {
    const activity = context.activity;
    const consent = isFileConsentInvoke(context);
    const parsed = parseActivity(activity);
    if (parsed.kind === "ignore" && !consent) return;
    const tenant = tenantOf(activity);
    if (options.tenants && (!tenant || !options.tenants.has(tenant))) {
      logger.info({ tenant }, "Teams activity from a tenant that is not configured");
      await context.sendActivity(UNKNOWN_TENANT_REPLY);
      if (consent) await context.sendActivity({ type: "invokeResponse", value: { status: 403 } } as never);
      return;
    }
    if (consent) {
      // Answered within the invoke: Teams waits for its response to settle the card.
      await answerFileConsent(context, { offers: options.offers, logger });
      return;
    }
    if (parsed.kind === "ignore") return;
    if (parsed.kind === "not-yours") {
      await context.sendActivity(NOT_YOURS_REPLY);
      return;
    }
    await context.sendActivity({ type: "typing" } as never);
    // Teams waits at most 15 s for the webhook: acknowledge now, answer through the connector.
    kit
      .receive(parsed.event)
      .catch((err) => logger.error({ err, eventId: parsed.event.eventId }, "a Teams turn failed"));
  };

  router.post(
    "/api/messages",
    // The token first: nothing of an unauthenticated request is read.
    (req, res, next) => {
      cloud.authorizeRequest(req as never, res as never, next).catch(next);
    },
    express.json({ limit: "256kb" }),
    (req, res, next) => {
      cloud.process(req as never, res as never, logic).catch(next);
    },
  );
  return router;
}
