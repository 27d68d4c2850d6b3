/**
 * "Link my account": the person chatting on Slack, Discord, Teams or the widget gets a
 * one-time token naming this chat identity; sent with their account's access token to
 * POST /api/users/link/, it makes this chat and the account share one profile.
 * The logic is the accounts service's (tools/accounts/link.ts), shared with the API.
 */
import { accountsSecret, linkTokenForChat } from "../../tools/accounts/link.ts";
import { defineTool } from "./types.ts";

export const linkAccountTool = defineTool({
  name: "link_account",
  description:
    "Give the person a one-time code that links this chat to their CareerCraft account, so every channel shares one profile.",
  async run(_args, ctx) {
    const secret = accountsSecret(ctx.db, ctx.config.api.authSecret);
    const link = await linkTokenForChat({ db: ctx.db, secret }, ctx.userId, ctx.channel);
    return { result: link };
  },
});
