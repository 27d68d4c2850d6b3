/**
 * The Discord channel end to end: the real discord.js client connected over WebSocket
 * to a gateway stand-in and over HTTP to a REST stand-in on 127.0.0.1, the real channel
 * kit and conversation (offline planner) on an embedded database. Events are what
 * Discord sends (MESSAGE_CREATE, INTERACTION_CREATE); what the person sees is read back
 * from the stand-in's channels with edits applied.
 */
import { GatewayIntentBits } from "discord.js";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../data/db/types.ts";
import { type KitEnvironment, startKitEnvironment } from "../../test-support/channel-kit/environment.ts";
import { type FileServer, startFileServer } from "../../test-support/channel-kit/file-server.ts";
import {
  runChannelScenario,
  type ScenarioDriver,
  type ScenarioMessage,
} from "../../test-support/channel-kit/scenario.ts";
import { runCli } from "../../test-support/cli.ts";
import { createPgliteTestDatabase } from "../../test-support/db.ts";
import { oneColumnPdf } from "../../test-support/fixtures/resume/index.ts";
import {
  type DiscordStandIn,
  type StandInMessage,
  startDiscordStandIn,
} from "../../test-support/standins/discord.ts";
import { waitFor } from "../../test-support/wait.ts";
import { decodeAction, encodeAction } from "../core/cards/actions.ts";
import { parseOrganizationMap } from "../core/organizations.ts";
import { COMMANDS, createDiscordChannel, type DiscordChannel, registerCommands } from "./index.ts";

const PNG_1PX =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
const MAPPED_GUILD = "700000000000000001";
const STRANGER_GUILD = "700000000000000002";
const GENERAL = "710000000000000001";
const THREAD = "710000000000000002";
const STRANGER_CHANNEL = "710000000000000003";

let db: Db;
let files: FileServer;
let discord: DiscordStandIn;
let env: KitEnvironment;
let channel: DiscordChannel;

beforeAll(async () => {
  db = await createPgliteTestDatabase();
  files = await startFileServer();
  discord = await startDiscordStandIn({
    guilds: [
      {
        id: MAPPED_GUILD,
        name: "State U Careers",
        channels: [
          { id: GENERAL, name: "general" },
          { id: THREAD, name: "resume help", type: 11, parent_id: GENERAL },
        ],
      },
      // A stranger's server named after the school: the name never picks an organisation.
      { id: STRANGER_GUILD, name: "state-u", channels: [{ id: STRANGER_CHANNEL, name: "general" }] },
    ],
  });
  channel = createDiscordChannel({
    token: "MTIz.discord-test.token",
    applicationId: discord.applicationId,
    kit: { receive: (event) => env.kit.receive(event) },
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }),
    api: discord.api,
  });
  env = await startKitEnvironment({
    db,
    adapters: [channel.adapter],
    organizations: parseOrganizationMap([`discord:${MAPPED_GUILD}=state-u`]),
    maxAttachmentBytes: 200_000,
  });
  await channel.start();
});

afterAll(async () => {
  await channel?.close();
  await env?.close();
  await discord?.close();
  await files?.close();
  await db?.close();
});

type User = { id: string; username: string; global_name: string; discriminator: string; avatar: null };
const person = (name: string): User => ({
  id: discord.nextId(),
  username: name,
  global_name: name,
  discriminator: "0",
  avatar: null,
});

/** What a person sees of a bot message: content, embeds (title, text, fields, footer), buttons, files. */
function seen(m: StandInMessage): ScenarioMessage {
  const embeds = m.embeds.map((e) =>
    [
      e.title,
      e.description,
      ...((e.fields as { name: string; value: string }[] | undefined) ?? []).map(
        (f) => `${f.name}: ${f.value}`,
      ),
      (e.footer as { text: string } | undefined)?.text,
    ]
      .filter(Boolean)
      .join("\n"),
  );
  return {
    text: [m.content, ...embeds].join("\n"),
    buttons: m.components
      .flatMap((row) => row.components)
      .map((b) => ({ label: b.label ?? "", action: decodeAction(b.custom_id) })),
    files: m.attachments.map((a) => a.filename),
  };
}

interface Where {
  channelId: string;
  guildId?: string;
  /** 1 DM (default without a guild), 0 server text channel, 11 thread. */
  type?: number;
}

const channelType = (where: Where) => where.type ?? (where.guildId ? 0 : 1);

function messageCreate(
  user: User,
  where: Where,
  content: string,
  attachments: unknown[] = [],
  mentionBot = false,
) {
  const id = discord.nextId();
  discord.dispatch("MESSAGE_CREATE", {
    id,
    channel_id: where.channelId,
    // Discord says what kind of channel a message is in (discord.js needs it for uncached DMs).
    channel_type: channelType(where),
    ...(where.guildId
      ? {
          guild_id: where.guildId,
          member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
        }
      : {}),
    author: user,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: mentionBot
      ? [
          {
            id: discord.botUser.id,
            username: discord.botUser.username,
            discriminator: "0",
            bot: true,
            avatar: null,
          },
        ]
      : [],
    mention_roles: [],
    attachments,
    embeds: [],
    pinned: false,
    type: 0,
  });
  return `m:${id}`;
}

function interactionBase(user: User, where: Where) {
  const id = discord.nextId();
  return {
    id,
    application_id: discord.applicationId,
    channel_id: where.channelId,
    channel: {
      id: where.channelId,
      type: channelType(where),
      ...(where.guildId ? { guild_id: where.guildId } : { recipients: [user] }),
    },
    token: `itoken-${id}`,
    version: 1,
    locale: "en-GB",
    app_permissions: "0",
    entitlements: [],
    authorizing_integration_owners: {},
    ...(where.guildId
      ? {
          guild_id: where.guildId,
          guild_locale: "en-US",
          member: {
            user,
            roles: [],
            joined_at: new Date().toISOString(),
            deaf: false,
            mute: false,
            flags: 0,
            permissions: "0",
          },
          context: 0,
        }
      : { user, context: 1 }),
  };
}

/** Presses the button with this custom_id on the bot message that carries it. */
function pressButton(user: User, where: Where, customId: string) {
  const message = discord
    .messages(where.channelId)
    .findLast((m) => m.components.some((r) => r.components.some((b) => b.custom_id === customId)));
  if (!message) throw new Error(`no message with button ${customId}`);
  const base = interactionBase(user, where);
  discord.dispatch("INTERACTION_CREATE", {
    ...base,
    type: 3,
    data: { custom_id: customId, component_type: 2 },
    message: discord.rawMessage(where.channelId, message.id),
  });
  return base.id;
}

function slashCommand(user: User, where: Where, subcommand: string, options: unknown[] = []) {
  const base = interactionBase(user, where);
  discord.dispatch("INTERACTION_CREATE", {
    ...base,
    type: 2,
    data: {
      id: discord.nextId(),
      name: "careercraft",
      type: 1,
      options: [{ name: subcommand, type: 1, options }],
    },
  });
  return base.id;
}

function attachment(name: string, bytes: Uint8Array, contentType: string, size = bytes.byteLength) {
  return {
    id: discord.nextId(),
    filename: name,
    size,
    url: files.put(`${discord.nextId()}-${name}`, bytes, { contentType }),
    proxy_url: "",
    content_type: contentType,
  };
}

function dmDriver(user: User): ScenarioDriver & { restCallsPerTurn: number[]; turnMs: number[] } {
  const where = { channelId: discord.dmChannelOf(user.id) };
  const restCallsPerTurn: number[] = [];
  const turnMs: number[] = [];
  const counted = async (fn: () => string) => {
    const before = discord.calls.length;
    const t0 = performance.now();
    const eventId = fn();
    await env.turnDone(eventId);
    turnMs.push(Math.round(performance.now() - t0));
    restCallsPerTurn.push(discord.calls.length - before);
  };
  return {
    restCallsPerTurn,
    turnMs,
    async send(text, file) {
      await counted(() =>
        messageCreate(user, where, text, file ? [attachment(file.filename, file.bytes, file.mimeType)] : []),
      );
    },
    async press(button) {
      if (!button.action) throw new Error(`button ${button.label} is not ours`);
      await counted(() => `i:${pressButton(user, where, encodeAction(button.action!))}`);
    },
    async messages() {
      return discord.messages(where.channelId).map(seen);
    },
  };
}

/** Sends as `user` and waits for the turn (queued or not). */
async function say(
  user: User,
  where: Where,
  text: string,
  options: { attachments?: unknown[]; mention?: boolean } = {},
) {
  const mention = options.mention ?? Boolean(where.guildId);
  const eventId = messageCreate(
    user,
    where,
    mention ? `<@${discord.botUser.id}> ${text}` : text,
    options.attachments ?? [],
    mention,
  );
  await env.turnDone(eventId);
}

const userIdOf = async (discordUser: User) => {
  const { rows } = await db.query<{ userId: string }>(
    `SELECT user_id AS "userId" FROM channel_identities WHERE channel = 'discord' AND external_id = $1`,
    [discordUser.id],
  );
  return rows[0]?.userId;
};

const organizationOf = async (discordUser: User) => {
  const { rows } = await db.query<{ slug: string; kind: string }>(
    `SELECT o.slug, o.kind FROM channel_identities ci JOIN users u ON u.id = ci.user_id
     JOIN organizations o ON o.id = u.organization_id WHERE ci.channel = 'discord' AND ci.external_id = $1`,
    [discordUser.id],
  );
  return rows[0];
};

const inServer = (channelId: string, type = 0): Where => ({ guildId: MAPPED_GUILD, channelId, type });

describe("Discord channel", () => {
  it("identifies with only the intents it uses (no privileged message content)", () => {
    expect(discord.identifiedIntents()).toBe(
      GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages,
    );
  });

  it("runs the shared scenario in a DM: upload, dream job, analysis, roadmap tick by button, application, reminder", async () => {
    const alice = person("alice");
    const driver = dmDriver(alice);
    try {
      await runChannelScenario(driver);
    } finally {
      console.log(
        JSON.stringify({
          discordScenario: { turnMs: driver.turnMs, restCallsPerTurn: driver.restCallsPerTurn },
        }),
      );
    }
    const status = await db.query<{ status: string }>(
      `SELECT a.status FROM applications a JOIN channel_identities ci ON ci.user_id = a.user_id
       WHERE ci.external_id = $1`,
      [alice.id],
    );
    expect(status.rows.map((r) => r.status)).toEqual(["phone_screen"]);
  });

  it("answers a mention in a server channel there, naming the person, and ignores messages that do not mention it", async () => {
    const bob = person("bob");
    const before = discord.messages(GENERAL).length;
    await say(bob, inServer(GENERAL), "hi, what can you do?");
    const replies = discord.messages(GENERAL).slice(before);
    expect(replies.length).toBeGreaterThanOrEqual(1);
    expect(replies[0]!.content).toMatch(new RegExp(`^<@${bob.id}> `));
    expect(seen(replies[0]!).text).toMatch(/resume/i);
    expect(await organizationOf(bob)).toMatchObject({ slug: "state-u" });

    const callsBefore = discord.calls.length;
    messageCreate(bob, inServer(GENERAL), "just chatting with friends, no bot here");
    await new Promise((r) => setTimeout(r, 500));
    expect(discord.calls.slice(callsBefore)).toEqual([]);
  });

  it("keeps one conversation per thread: a thread is answered in the thread", async () => {
    const carol = person("carol");
    await say(carol, inServer(THREAD, 11), "add Python as an expert skill");
    await say(carol, inServer(GENERAL), "show my skills");
    expect(
      discord
        .messages(THREAD)
        .map((m) => seen(m).text)
        .join("\n"),
    ).toMatch(/Python/);
    const { rows } = await db.query<{ threadId: string }>(
      `SELECT t.thread_id AS "threadId" FROM agent_threads t JOIN channel_identities ci ON ci.user_id = t.user_id
       WHERE ci.external_id = $1 ORDER BY t.thread_id`,
      [carol.id],
    );
    expect(rows.map((r) => r.threadId).sort()).toEqual(
      [`${MAPPED_GUILD}:${GENERAL}`, `${MAPPED_GUILD}:${THREAD}`].sort(),
    );
  });

  it("gives a person from an unmapped server their own organisation, whatever the server is called", async () => {
    const stranger = person("stranger");
    await say(stranger, { guildId: STRANGER_GUILD, channelId: STRANGER_CHANNEL }, "hi");
    expect(await organizationOf(stranger)).toMatchObject({ kind: "personal" });
    expect((await organizationOf(stranger))?.slug).not.toBe("state-u");
  });

  it("refuses an attachment Discord declares too big without downloading it, and a file that is not a resume", async () => {
    const dan = person("dan");
    const dm = { channelId: discord.dmChannelOf(dan.id) };
    const requests = files.requests;
    const big = attachment("cv.pdf", new Uint8Array(10), "application/pdf", 300_000);
    messageCreate(dan, dm, "my resume", [big]);
    const refusal = await waitFor(() => discord.messages(dm.channelId)[0], 10_000, "the refusal");
    expect(refusal.content).toMatch(/cv\.pdf is larger than/);
    expect(files.requests).toBe(requests);
    expect(await userIdOf(dan)).toBeUndefined();

    const archive = new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]);
    await say(dan, dm, "my cv", { attachments: [attachment("cv.gz", archive, "application/gzip")] });
    expect(seen(discord.messages(dm.channelId).at(-1)!).text).toMatch(/compressed archive/);
    // Nothing was saved: an unreadable upload leaves no resume row and no bytes behind.
    const { rows } = await db.query<{ status: string; parsed: unknown }>(
      `SELECT r.status, r.parsed FROM resumes r JOIN channel_identities ci ON ci.user_id = r.user_id
       WHERE ci.external_id = $1`,
      [dan.id],
    );
    expect(rows).toEqual([]);
  });

  it("runs /careercraft analyze in a server: deferred at once, then the reply edited in and the score card as an embed", async () => {
    const erin = person("erin");
    const dm = { channelId: discord.dmChannelOf(erin.id) };
    await say(erin, dm, "here is my resume", {
      attachments: [attachment("resume.pdf", new Uint8Array(oneColumnPdf()), "application/pdf")],
    });
    await say(erin, dm, "I want to be a data engineer");
    const before = discord.messages(GENERAL).length;
    const id = slashCommand(erin, inServer(GENERAL), "analyze");
    await env.turnDone(`i:${id}`);
    // Deferred (type 5, ephemeral) before anything else was said.
    expect(discord.callbacks.get(id)).toBe(5);
    const replies = discord.messages(GENERAL).slice(before);
    expect(replies.every((m) => m.viaInteraction === `itoken-${id}` && m.flags === 64)).toBe(true);
    // The deferred reply ("thinking…") became the first message: edited, not left empty.
    expect(replies[0]!.edits).toBeGreaterThanOrEqual(1);
    expect(replies[0]!.content).not.toBe("");
    const card = replies.flatMap((m) => m.embeds).find((e) => /^(FIT|UNFIT)\b/.test(String(e.title)));
    expect(card, JSON.stringify(replies)).toBeDefined();
    expect(card!.color).toEqual(expect.any(Number));
    expect(card!.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ inline: true, value: expect.stringMatching(/▰|n\/a/) }),
      ]),
    );
  });

  it("refuses a button pressed on someone else's message in a server, changing nothing", async () => {
    const owner = person("frank");
    const other = person("grace");
    const dm = { channelId: discord.dmChannelOf(owner.id) };
    await say(owner, dm, "here is my resume", {
      attachments: [attachment("resume.pdf", new Uint8Array(oneColumnPdf()), "application/pdf")],
    });
    await say(owner, dm, "I want to be a data engineer");
    await say(owner, dm, "am I a fit?");
    const before = discord.messages(GENERAL).length;
    await say(owner, inServer(GENERAL), "make me a roadmap");
    const roadmap = discord
      .messages(GENERAL)
      .slice(before)
      .find((m) => m.components.length > 0 && m.content.startsWith(`<@${owner.id}>`));
    expect(roadmap, "a roadmap with buttons naming its owner").toBeDefined();
    const done = roadmap!.components
      .flatMap((r) => r.components)
      .find((b) => decodeAction(b.custom_id)?.type === "roadmap_item");
    const id = pressButton(other, inServer(GENERAL), done!.custom_id!);
    await waitFor(() => discord.callbacks.get(id), 5_000, "the interaction answer");
    // Answered at once, only to the presser (type 4, ephemeral), and no turn ran.
    expect(discord.callbacks.get(id)).toBe(4);
    const answer = discord.messages(GENERAL).find((m) => m.viaInteraction === `itoken-${id}`);
    expect(answer).toMatchObject({ flags: 64 });
    expect(answer!.content).toMatch(/only work for them/);
    const { rows } = await db.query(
      `SELECT p.item_id FROM roadmap_progress p JOIN channel_identities ci ON ci.user_id = p.user_id WHERE ci.external_id = ANY($1)`,
      [[owner.id, other.id]],
    );
    expect(rows).toEqual([]);
    expect(await userIdOf(other)).toBeUndefined();
  });

  it("waits out a 429 from REST through discord.js's queue and posts the reply once", async () => {
    const hank = person("hank");
    const dm = { channelId: discord.dmChannelOf(hank.id) };
    discord.rateLimitNext(new RegExp(`^/channels/${dm.channelId}/messages$`), 1);
    await say(hank, dm, "hi");
    const posts = discord.calls.filter(
      (c) => c.method === "POST" && c.path === `/channels/${dm.channelId}/messages`,
    );
    expect(posts.map((c) => c.status)).toEqual([429, 200]);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(900);
    expect(discord.messages(dm.channelId)).toHaveLength(1);
    expect(seen(discord.messages(dm.channelId)[0]!).text).toMatch(/resume/i);
  });

  it("reaches a person by DM later through their stored reference, opening the DM for someone seen only in a server", async () => {
    const ivy = person("ivy");
    await say(ivy, inServer(GENERAL), "add Go as a beginner skill");
    const userId = await userIdOf(ivy);
    await env.kit.sendTo(userId!, "discord", "Time to follow up on Acme Data.");
    const dm = discord.messages(discord.dmChannelOf(ivy.id));
    expect(dm.map((m) => m.content)).toEqual(["Time to follow up on Acme Data."]);
    expect(discord.calls.some((c) => c.path === "/users/@me/channels")).toBe(true);
  });

  it("sends a chart as an attached PNG through the stored reference", async () => {
    const kim = person("kim");
    const dm = { channelId: discord.dmChannelOf(kim.id) };
    await say(kim, dm, "hi");
    await env.kit.sendTo((await userIdOf(kim))!, "discord", "Here is your funnel.", [
      { type: "chart", title: "Application funnel", pngBase64: PNG_1PX, alt: "3 applied, 1 interview" },
    ]);
    const [, words, chart] = discord.messages(dm.channelId);
    expect(words!.content).toBe("Here is your funnel.");
    expect(chart!.attachments.map((a) => a.filename)).toEqual(["application-funnel.png"]);
  });

  it("answers a button that is not ours clearly", async () => {
    const jay = person("jay");
    const dm = { channelId: discord.dmChannelOf(jay.id) };
    const base = interactionBase(jay, dm);
    discord.dispatch("INTERACTION_CREATE", {
      ...base,
      type: 3,
      data: { custom_id: "cc1|r|broken", component_type: 2 },
      message: {
        id: discord.nextId(),
        channel_id: dm.channelId,
        type: 0,
        content: "an old message",
        author: {
          id: discord.botUser.id,
          username: "careercraft",
          discriminator: "0",
          bot: true,
          avatar: null,
        },
        timestamp: new Date().toISOString(),
        edited_timestamp: null,
        tts: false,
        mention_everyone: false,
        mentions: [],
        mention_roles: [],
        attachments: [],
        embeds: [],
        pinned: false,
        components: [],
      },
    });
    const reply = await waitFor(
      () => discord.messages(dm.channelId).find((m) => m.content),
      5_000,
      "the answer",
    );
    expect(reply.content).toMatch(/out of date/);
  });

  it("registers the slash commands: /careercraft with analyze, roadmap, applications, questions", async () => {
    expect(await registerCommands(channel.client.rest, discord.applicationId)).toBe(1);
    const [command] = discord.registeredCommands as { name: string; options: { name: string }[] }[];
    expect(command!.name).toBe("careercraft");
    expect(command!.options.map((o) => o.name)).toEqual(["analyze", "roadmap", "applications", "questions"]);
    expect(COMMANDS).toHaveLength(1);
  });

  it("registers them from the command line, and says what is missing without the bot's settings", async () => {
    discord.registeredCommands.length = 0;
    const ok = await runCli(["discord", "register-commands"], {
      env: {
        DISCORD_BOT_TOKEN: "MTIz.cli.token",
        DISCORD_APPLICATION_ID: discord.applicationId,
        DISCORD_API_URL: discord.api,
      },
    });
    expect(ok).toMatchObject({ code: 0, stdout: expect.stringMatching(/Registered 1 slash command/) });
    expect(discord.registeredCommands).toHaveLength(1);
    const missing = await runCli(["discord", "register-commands"], {
      env: { DISCORD_BOT_TOKEN: "", DISCORD_APPLICATION_ID: "" },
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Set DISCORD_BOT_TOKEN and DISCORD_APPLICATION_ID/);
  });
});
