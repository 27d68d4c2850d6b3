/**
 * OAuth install for many workspaces, on Bolt's InstallProvider (ExpressReceiver mounts
 * `/slack/install` and `/slack/oauth_redirect` on its router, which our express app
 * serves). The provider signs the `state` with SLACK_STATE_SECRET, pins it to the browser
 * with a cookie and refuses a callback whose state or cookie does not match; the code is
 * exchanged by `oauth.v2.access`. Installations land in `slack_installations` through the
 * store below, which is also what authorizes every later event.
 */

import type { IncomingMessage, ServerResponse } from "node:http";
import type {
  InstallationStore as BoltInstallationStore,
  Installation,
  InstallationQuery,
} from "@slack/bolt";
import { escapeHtml } from "../../http/escape-html.ts";
import type { InstallationStore } from "./installations.ts";

export interface SlackOAuthOptions {
  clientId: string;
  clientSecret: string;
  /** Signs the OAuth state parameter. */
  stateSecret: string;
  /** Bot scopes to request (default: the manifest's, SLACK_BOT_SCOPES). */
  scopes?: string[];
  /** Where Slack's authorize page lives (tests: a stand-in). */
  authorizationUrl?: string;
}

/** The bot scopes manifest.yml grants; an install asks for exactly these. */
export const SLACK_BOT_SCOPES = [
  "app_mentions:read",
  "chat:write",
  "commands",
  "files:read",
  "files:write",
  "im:history",
  "im:read",
  "im:write",
  "users:read",
];

/** Bolt's installation store over ours: the same rows the adapter reads its tokens from. */
export function boltInstallationStore(store: InstallationStore): BoltInstallationStore {
  return {
    async storeInstallation(installation) {
      if (installation.isEnterpriseInstall || !installation.team?.id)
        throw new Error(
          "Org-wide (Enterprise Grid) installs are not supported; install CareerCraft into one workspace.",
        );
      if (!installation.bot?.token)
        throw new Error("Slack granted no bot token; the bot scopes are required.");
      await store.save({
        teamId: installation.team.id,
        botToken: installation.bot.token,
        botUserId: installation.bot.userId,
        botId: installation.bot.id,
        scopes: installation.bot.scopes,
        ...(installation.team.name ? { teamName: installation.team.name } : {}),
        ...(installation.appId ? { appId: installation.appId } : {}),
        installedBy: installation.user.id,
      });
    },
    async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
      const found = query.teamId ? await store.find(query.teamId) : undefined;
      if (!found)
        throw new Error(
          `Slack workspace ${query.teamId ?? query.enterpriseId ?? "?"} has not installed CareerCraft.`,
        );
      return {
        team: { id: found.teamId, ...(found.teamName ? { name: found.teamName } : {}) },
        enterprise: undefined,
        user: { token: undefined, scopes: undefined, id: found.installedBy ?? "" },
        bot: {
          token: found.botToken,
          scopes: found.scopes ?? [],
          id: found.botId ?? "",
          userId: found.botUserId ?? "",
        },
        ...(found.appId ? { appId: found.appId } : {}),
        tokenType: "bot",
        isEnterpriseInstall: false,
        authVersion: "v2",
      };
    },
    async deleteInstallation(query) {
      if (query.teamId) await store.remove(query.teamId);
    },
  };
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body style="font-family:system-ui;max-width:36rem;margin:4rem auto"><h1>${title}</h1><p>${body}</p></body></html>`;

/** What the admin's browser shows after Slack sends it back. */
export const installPages = {
  success(installation: { team?: { name?: string } | undefined }, res: ServerResponse) {
    const team = installation.team?.name ? ` in ${escapeHtml(installation.team.name)}` : "";
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(
      page(
        "CareerCraft is installed",
        `CareerCraft is installed${team}. Students can now open the app in Slack and send it a direct message, ` +
          "or mention it in a channel.",
      ),
    );
  },
  failure(error: { message: string }, _req: IncomingMessage, res: ServerResponse) {
    res.writeHead(400, { "content-type": "text/html; charset=utf-8" });
    res.end(
      page(
        "CareerCraft was not installed",
        `The install did not complete: ${escapeHtml(error.message)} Start again from the install link; ` +
          "it is valid for ten minutes, in the same browser.",
      ),
    );
  },
};
