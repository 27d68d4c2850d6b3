/**
 * /api/users: register, log in, refresh, log out, the account's profile, linking a chat
 * identity to the account, and the person's data rights (export, delete everything).
 */
import { z } from "zod";
import { CareerCraftError } from "../../../data/errors.ts";
import { linkVerifiedIdentity, linkWithToken } from "../../../tools/accounts/link.ts";
import { loginSchema, logoutSchema, refreshSchema, registerSchema } from "../../../tools/accounts/schemas.ts";
import { eraseUserData, exportUserData } from "../../../tools/privacy/service.ts";
import { identityOf, verifySession } from "../../web/session/session-token.ts";
import type { ApiContext } from "../context.ts";
import { route } from "../route.ts";
import { sessionSchema, tokensSchema, userSchema } from "../schemas.ts";

const TAG = "Account";

const linkBody = z
  .object({
    token: z.string().min(20).max(4096).optional().meta({
      description: "A one-time link token the chat gave you (Slack, Discord, Teams, ...)",
    }),
    widgetSession: z.string().min(20).max(4096).optional().meta({
      description: "The web chat widget's session token, to keep what you did in the widget",
    }),
  })
  .strict()
  .refine((b) => Boolean(b.token) !== Boolean(b.widgetSession), "give either token or widgetSession");

const deleteBody = z
  .object({
    confirm: z.literal("delete everything").meta({
      description: 'Must be exactly "delete everything": the deletion cannot be undone',
    }),
  })
  .strict();

const linkDeps = (ctx: ApiContext) => ({ db: ctx.db, secret: ctx.secret });

export const userRoutes = [
  route({
    method: "post",
    path: "/api/users/register/",
    tag: TAG,
    summary: "Create an account and sign in",
    auth: false,
    limit: "auth",
    body: registerSchema,
    responses: {
      201: { description: "The account and its first session", schema: sessionSchema },
      409: { description: "The email already has an account" },
    },
    async handler(ctx, { body, req }) {
      const { user, tokens } = await ctx.accounts.register(body, { userAgent: req.get("user-agent") });
      return { status: 201, body: { user: await ctx.accounts.profile(user.id), tokens } };
    },
  }),
  route({
    method: "post",
    path: "/api/users/login/",
    tag: TAG,
    summary: "Sign in with email and password",
    description:
      "Five wrong passwords in a row lock the account for a minute; each further failure doubles the lock (423 with Retry-After).",
    auth: false,
    limit: "auth",
    body: loginSchema,
    responses: {
      200: { description: "A new session", schema: sessionSchema },
      423: { description: "Locked after repeated wrong passwords" },
    },
    async handler(ctx, { body, req }) {
      const { user, tokens } = await ctx.accounts.login(body, { userAgent: req.get("user-agent") });
      return { body: { user: await ctx.accounts.profile(user.id), tokens } };
    },
  }),
  route({
    method: "post",
    path: "/api/users/refresh/",
    tag: TAG,
    summary: "Swap a refresh token for a new access and refresh token",
    description:
      "Each refresh token works once. Using one twice signs out every session of the account (it may have been copied).",
    auth: false,
    limit: "auth",
    body: refreshSchema,
    responses: { 200: { description: "The next token pair", schema: tokensSchema } },
    async handler(ctx, { body }) {
      return { body: await ctx.accounts.refresh(body) };
    },
  }),
  route({
    method: "post",
    path: "/api/users/logout/",
    tag: TAG,
    summary: "Sign out this session (or every session with everywhere: true)",
    body: logoutSchema.optional(),
    responses: {
      200: { description: "Sessions ended", schema: z.object({ sessionsEnded: z.number().int() }) },
    },
    async handler(ctx, { body, caller }) {
      return { body: await ctx.accounts.logout(caller, body ?? {}) };
    },
  }),
  route({
    method: "get",
    path: "/api/users/profile/",
    tag: TAG,
    summary: "The signed-in account",
    responses: { 200: { description: "The account", schema: userSchema } },
    async handler(ctx, { caller }) {
      return { body: await ctx.accounts.profile(caller.userId) };
    },
  }),
  route({
    method: "post",
    path: "/api/users/link/",
    tag: TAG,
    summary: "Link a chat identity to this account",
    description:
      "Ask the agent for a link in Slack, Discord or Teams and send its token here, or send the widget's session token: from then on that chat and this account share one profile. What the chat identity had (profile, analyses, applications) moves to the account; the account's own data wins where both have one.",
    body: linkBody,
    responses: {
      200: {
        description: "Linked",
        schema: z.object({
          channel: z.string(),
          alreadyLinked: z.boolean(),
          moved: z.record(z.string(), z.number()),
        }),
      },
      409: { description: "That identity belongs to another account" },
    },
    async handler(ctx, { body, caller }) {
      let result: Awaited<ReturnType<typeof linkWithToken>>;
      if (body.token) result = await linkWithToken(linkDeps(ctx), caller.userId, body.token);
      else {
        const session = verifySession(await ctx.widgetSessionSecret(), body.widgetSession);
        result = await linkVerifiedIdentity(linkDeps(ctx), caller.userId, identityOf(session));
      }
      const { previousUserId, ...answer } = result;
      if (previousUserId) ctx.conversation?.forgetUser(previousUserId);
      return { body: answer };
    },
  }),
  route({
    method: "get",
    path: "/api/users/me/export",
    tag: TAG,
    summary: "Download everything stored about you (one JSON file)",
    limit: "heavy",
    responses: {
      200: { description: "The export", content: { "application/json": "careercraft-export-DATE.json" } },
    },
    async handler(ctx, { caller, res }) {
      const file = await exportUserData(ctx.db, caller.userId);
      res.setHeader("Content-Disposition", `attachment; filename="${file.filename}"`);
      res.type("application/json").send(file.json);
      return undefined;
    },
  }),
  route({
    method: "delete",
    path: "/api/users/me",
    tag: TAG,
    summary: "Delete your account and everything stored about you",
    description: 'Send {"confirm": "delete everything"}. Conversations in every channel are erased too.',
    limit: "heavy",
    body: deleteBody,
    responses: {
      200: {
        description: "Deleted",
        schema: z.object({ deleted: z.boolean(), conversations: z.number().int() }),
      },
    },
    async handler(ctx, { caller }) {
      const erase = ctx.conversation?.eraseConversations;
      const result = await eraseUserData(ctx.db, caller.userId, erase ? { eraseConversations: erase } : {});
      if (!result.deleted) throw new CareerCraftError("not_found", "There is no such account any more.");
      ctx.conversation?.forgetUser(caller.userId);
      return { body: result };
    },
  }),
];
