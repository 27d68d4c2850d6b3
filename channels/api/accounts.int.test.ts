/**
 * Accounts over HTTP on both databases: register, log in, refresh rotation (a reused
 * refresh token signs out every session), logout, lockout with back-off, expired and
 * missing tokens, and linking a widget session or a chat identity to the account.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import {
  ApiClient,
  type ApiTestServer,
  startApiTestServer,
  TEST_AUTH_SECRET,
  TEST_SESSION_SECRET,
} from "../../test-support/api-app.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { createLinkToken } from "../../tools/accounts/link.ts";
import { identityOf, issueSession } from "../web/session/session-token.ts";

describeEachDatabase("REST accounts", (getDb) => {
  let server: ApiTestServer;
  // The server's clock, moved forward to expire tokens without waiting.
  let offsetMs = 0;

  beforeAll(async () => {
    server = await startApiTestServer({ db: getDb(), now: () => new Date(Date.now() + offsetMs) });
  });
  afterAll(() => server.close());

  it("registers, reads the profile, refuses a second account for the same email and bad input", async () => {
    const ada = new ApiClient(server.url);
    const created = await ada.register("Ada@Example.org", "correct horse battery", "Ada");
    expect(created.user).toMatchObject({ email: "ada@example.org", displayName: "Ada", linkedChannels: [] });
    expect(created.tokens).toMatchObject({ tokenType: "Bearer", expiresIn: 900 });

    const me = await ada.call("GET", "/api/users/profile");
    expect(me.status).toBe(200);
    expect(me.json.id).toBe(ada.userId);

    const again = await ada.call(
      "POST",
      "/api/users/register/",
      { email: "ADA@example.org", password: "another long password" },
      null,
    );
    expect(again.status).toBe(409);
    expect(again.json.error.message).toMatch(/already exists/);

    for (const bad of [
      { email: "not-an-email", password: "a long enough password" },
      { email: "b@example.org", password: "short" },
      { email: "b@example.org", password: "x".repeat(300) },
      { email: "b@example.org", password: "a long enough password", admin: true },
    ]) {
      const r = await ada.call("POST", "/api/users/register/", bad, null);
      expect(r.status).toBe(400);
      expect(r.json.error.code).toBe("validation");
    }
    const notJson = await fetch(`${server.url}/api/users/register/`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "email=a",
    });
    expect(notJson.status).toBe(415);
  });

  it("answers 401 without a token, with a forged one and with an expired one", async () => {
    const grace = new ApiClient(server.url);
    await grace.register("grace@example.org");
    expect((await grace.call("GET", "/api/users/profile/", undefined, null)).status).toBe(401);
    expect((await grace.call("GET", "/api/users/profile/", undefined, `${grace.accessToken}x`)).status).toBe(
      401,
    );
    offsetMs = 16 * 60_000;
    try {
      const expired = await grace.call("GET", "/api/users/profile/");
      expect(expired.status).toBe(401);
      expect(expired.json.error.message).toMatch(/expired/);
      // The refresh token outlives the access token: a new pair works at once.
      const refreshed = await grace.call(
        "POST",
        "/api/users/refresh/",
        { refreshToken: grace.refreshToken },
        null,
      );
      expect(refreshed.status).toBe(200);
      expect(
        (await grace.call("GET", "/api/users/profile/", undefined, refreshed.json.accessToken)).status,
      ).toBe(200);
    } finally {
      offsetMs = 0;
    }
  });

  it("rotates refresh tokens and, when a spent one comes back, signs out every session", async () => {
    const lin = new ApiClient(server.url);
    await lin.register("lin@example.org", "correct horse battery");
    const laptop = await lin.call(
      "POST",
      "/api/users/login/",
      { email: "lin@example.org", password: "correct horse battery" },
      null,
    );
    expect(laptop.status).toBe(200);

    const first = await lin.call("POST", "/api/users/refresh/", { refreshToken: lin.refreshToken }, null);
    expect(first.status).toBe(200);
    expect(first.json.refreshToken).not.toBe(lin.refreshToken);

    // The old token again: someone copied it. Every session of the account ends.
    const reused = await lin.call("POST", "/api/users/refresh/", { refreshToken: lin.refreshToken }, null);
    expect(reused.status).toBe(401);
    expect(reused.json.error.message).toMatch(/already used/);
    expect(
      (await lin.call("POST", "/api/users/refresh/", { refreshToken: first.json.refreshToken }, null)).status,
    ).toBe(401);
    expect((await lin.call("GET", "/api/users/profile/", undefined, first.json.accessToken)).status).toBe(
      401,
    );
    expect(
      (await lin.call("GET", "/api/users/profile/", undefined, laptop.json.tokens.accessToken)).status,
    ).toBe(401);
    const laptopRefresh = await lin.call(
      "POST",
      "/api/users/refresh/",
      { refreshToken: laptop.json.tokens.refreshToken },
      null,
    );
    expect(laptopRefresh.status).toBe(401);

    // Logging in again works.
    expect(
      (
        await lin.call(
          "POST",
          "/api/users/login/",
          { email: "lin@example.org", password: "correct horse battery" },
          null,
        )
      ).status,
    ).toBe(200);
  });

  it("logs out one session, or every session", async () => {
    const kay = new ApiClient(server.url);
    await kay.register("kay@example.org", "correct horse battery");
    const other = await kay.call(
      "POST",
      "/api/users/login/",
      { email: "kay@example.org", password: "correct horse battery" },
      null,
    );
    expect((await kay.call("POST", "/api/users/logout/")).json).toEqual({ sessionsEnded: 1 });
    expect((await kay.call("GET", "/api/users/profile/")).status).toBe(401);
    expect(
      (await kay.call("GET", "/api/users/profile/", undefined, other.json.tokens.accessToken)).status,
    ).toBe(200);
    expect(
      (await kay.call("POST", "/api/users/logout/", { everywhere: true }, other.json.tokens.accessToken))
        .json,
    ).toEqual({
      sessionsEnded: 1,
    });
    expect(
      (await kay.call("GET", "/api/users/profile/", undefined, other.json.tokens.accessToken)).status,
    ).toBe(401);
  });

  it("locks an account after five wrong passwords, with a lock that doubles, and never says which emails exist", async () => {
    const max = new ApiClient(server.url);
    await max.register("max@example.org", "correct horse battery");
    const login = (password: string) =>
      max.call("POST", "/api/users/login/", { email: "max@example.org", password }, null);
    for (let i = 0; i < 4; i++) {
      const wrong = await login(`wrong password ${i}`);
      expect(wrong.status).toBe(401);
      expect(wrong.json.error.message).toBe("The email or password is wrong.");
    }
    const locked = await login("wrong password 5");
    expect(locked.status).toBe(423);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThanOrEqual(59);
    // Locked: even the right password waits.
    expect((await login("correct horse battery")).status).toBe(423);
    offsetMs = 61_000;
    try {
      const sixth = await login("wrong again");
      expect(sixth.status).toBe(423);
      expect(Number(sixth.headers.get("retry-after"))).toBeGreaterThanOrEqual(119);
      offsetMs = 61_000 + 121_000;
      expect((await login("correct horse battery")).status).toBe(200);
      // Success resets the count.
      expect((await login("wrong once more")).status).toBe(401);
    } finally {
      offsetMs = 0;
    }
    const nobody = await max.call(
      "POST",
      "/api/users/login/",
      { email: "nobody@example.org", password: "whatever it is" },
      null,
    );
    expect(nobody.status).toBe(401);
    expect(nobody.json.error.message).toBe("The email or password is wrong.");
  });

  it("links a widget session and a chat identity to the account, moving what they had", async () => {
    const db = getDb();
    const users = createUsersRepository(db);
    const profiles = createProfileRepository(db);
    const widget = issueSession(TEST_SESSION_SECRET);
    const widgetUser = await users.resolveIdentity(identityOf(widget.session));
    await profiles.upsertSkill(widgetUser.id, {
      skillId: "python",
      name: "Python",
      proficiency: "advanced",
      proficiencyReason: "stated",
      proficiencyStated: true,
      source: "chat",
      evidence: [],
      validated: false,
    });
    const slackUser = await users.resolveIdentity({ channel: "slack", externalId: "T1:U42" });
    await profiles.setContactFields(slackUser.id, { headline: "Data person" }, "chat");

    const mia = new ApiClient(server.url);
    await mia.register("mia@example.org");
    const linked = await mia.call("POST", "/api/users/link/", { widgetSession: widget.token });
    expect(linked.status).toBe(200);
    expect(linked.json).toMatchObject({ channel: "web", alreadyLinked: false, moved: { user_skills: 1 } });
    expect(await users.getUser(widgetUser.id)).toBeUndefined();

    const { token } = await createLinkToken(
      { db, secret: async () => TEST_AUTH_SECRET },
      { channel: "slack", externalId: "T1:U42" },
    );
    expect((await mia.call("POST", "/api/users/link/", { token })).status).toBe(200);
    // One-time: the same link again is refused.
    const replay = await mia.call("POST", "/api/users/link/", { token });
    expect(replay.status).toBe(401);
    expect(replay.json.error.message).toMatch(/already used/);

    const profile = await mia.call("GET", "/api/profiles/");
    expect(profile.json.skills.map((s: { name: string }) => s.name)).toEqual(["Python"]);
    expect(profile.json.headline).toBe("Data person");
    const me = await mia.call("GET", "/api/users/profile/");
    expect(me.json.linkedChannels.map((c: { channel: string }) => c.channel).sort()).toEqual([
      "slack",
      "web",
    ]);
    // The identities now resolve to the account: one profile for every channel.
    expect((await users.resolveIdentity({ channel: "slack", externalId: "T1:U42" })).id).toBe(mia.userId);

    // Another account cannot take them over.
    const eve = new ApiClient(server.url);
    await eve.register("eve@example.org");
    const steal = await eve.call("POST", "/api/users/link/", { widgetSession: widget.token });
    expect(steal.status).toBe(409);
    const forged = await eve.call("POST", "/api/users/link/", { token: `${token.slice(0, -2)}xx` });
    expect(forged.status).toBe(401);
  });

  it("gives a chat identity its link code when asked in the chat, and the account takes it", async () => {
    const discord = { channel: "discord", externalId: "G7:U1001", displayName: "Ravi" };
    const chat = async (text: string) => {
      let reply = "";
      const tools: string[] = [];
      for await (const e of server.converse(discord, "dm", { text, attachments: [] })) {
        if (e.type === "text_delta") reply += e.text;
        if (e.type === "tool_call") tools.push(e.name);
        if (e.type === "error") reply += `ERROR ${e.code}: ${e.message}`;
        if (e.type === "part") reply += `\n${JSON.stringify(e.part)}`;
      }
      return { reply, tools };
    };
    await chat("add SQL to my skills, I'm advanced");
    const asked = await chat("link my account");
    expect(asked.tools).toEqual(["link_account"]);
    expect(asked.reply).toMatch(/one-time link code .*valid for 15 minutes/);
    const token = asked.reply.match(/\n\n(\S{40,})\n\n/)?.[1];
    expect(token).toBeDefined();

    const ravi = new ApiClient(server.url);
    await ravi.register("ravi@example.org");
    const linked = await ravi.call("POST", "/api/users/link/", { token });
    expect(linked.status).toBe(200);
    expect(linked.json).toMatchObject({ channel: "discord", alreadyLinked: false });
    const profile = await ravi.call("GET", "/api/profiles/");
    expect(profile.json.skills.map((s: { name: string }) => s.name)).toContain("SQL");
    // The chat now talks to the account's profile.
    const after = await chat("show my skills");
    expect(after.reply).toMatch(/SQL/);
  });
});
