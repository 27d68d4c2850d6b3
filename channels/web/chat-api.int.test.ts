import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEachDatabase } from "../../test-support/db.ts";
import { createScriptedConverse } from "../../test-support/scripted-converse.ts";
import { readSse } from "../../test-support/sse-client.ts";
import { startWebTestServer, type WebTestServer } from "../../test-support/web-app.ts";
import { issueSession } from "./session/session-token.ts";
import { signPayload } from "./session/signing.ts";
import { errorOf, openSession, postChat } from "./test-helpers.ts";

const SECRET = "test-session-secret-0123456789";
const SITE_SECRET = "test-site-secret-0123456789";

describeEachDatabase("web chat API", (getDb) => {
  let server: WebTestServer;
  const scripted = createScriptedConverse({ deltaDelayMs: 3 });

  beforeAll(async () => {
    server = await startWebTestServer({
      converse: scripted.converse,
      db: getDb(),
      web: {
        sessionSecret: SECRET,
        siteIdentitySecret: SITE_SECRET,
        corsOrigins: ["http://allowed.example:8080"],
      },
      pingIntervalMs: 40,
    });
  });
  afterAll(() => server.close());

  it("streams a turn as SSE with the right headers, uncompressed, in several pieces", async () => {
    const client = await openSession(server.url);
    const response = await postChat(
      server.url,
      client.token,
      { text: "Compare me with this job" },
      { headers: { "accept-encoding": "gzip, br" } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(response.headers.get("x-accel-buffering")).toBe("no");
    expect(response.headers.get("content-encoding") ?? "identity").toBe("identity");
    const sse = await readSse(response);
    expect(sse.chunks).toBeGreaterThan(3);
    expect(sse.raw.startsWith("retry: 3000\n\n")).toBe(true);
    // every event is `id`, `event`, `data` lines and a blank line, ids counting up
    const frames = sse.raw.split("\n\n").filter((f) => f.startsWith("id:"));
    for (const [i, frame] of frames.entries()) {
      expect(frame).toMatch(new RegExp(`^id: ${i + 1}\\nevent: [a-z_]+\\ndata: \\{.*\\}$`));
    }
    expect(sse.names).toEqual(sse.events.map((e) => e.type));
    expect(sse.names[0]).toBe("progress");
    expect(sse.names.at(-1)).toBe("turn_end");
    const card = sse.events.find((e) => e.type === "part" && e.part.type === "scoreCard");
    expect(card && card.type === "part" && card.part.type === "scoreCard" && card.part.scores).toHaveLength(
      11,
    );
    const text = sse.events.flatMap((e) => (e.type === "text_delta" ? [e.text] : [])).join("");
    expect(text).toBe("You are a **FIT** for Backend Engineer.");
  });

  it("sends a keep-alive comment while a turn is quiet", async () => {
    const client = await openSession(server.url);
    const controller = new AbortController();
    const response = await postChat(
      server.url,
      client.token,
      { text: "slow please" },
      { signal: controller.signal },
    );
    const sse = await readSse(response, (e) => !(e.type === "text_delta" && e.text === "4 "));
    controller.abort();
    expect(sse.raw).toContain(": ping\n\n");
  });

  it("keeps the transcript: history returns both sides, reply parts included", async () => {
    const client = await openSession(server.url);
    await readSse(await postChat(server.url, client.token, { text: "hi" }));
    await readSse(await postChat(server.url, client.token, { text: "make a roadmap" }));
    const response = await fetch(`${server.url}/api/history`, {
      headers: { authorization: `Bearer ${client.token}` },
    });
    const body = (await response.json()) as {
      threadId: string;
      messages: { role: string; text: string; parts: { type: string }[] }[];
    };
    expect(body.threadId).toBe(client.threadId);
    expect(body.messages.map((m) => m.role)).toEqual(["user", "assistant", "user", "assistant"]);
    expect(body.messages[1]!.text).toContain("Hello!");
    expect(body.messages[3]!.parts.map((p) => p.type)).toEqual(["roadmap"]);
  });

  it("keeps a valid stored token and its thread; replaces a forged one", async () => {
    const first = await openSession(server.url);
    const again = await openSession(server.url, { token: first.token });
    expect(again).toMatchObject({ token: first.token, threadId: first.threadId });
    const forged = await openSession(server.url, { token: `${first.token.slice(0, -3)}abc` });
    expect(forged.token).not.toBe(first.token);
    expect(forged.threadId).not.toBe(first.threadId);
  });

  it("refuses missing, forged, foreign-secret and expired tokens with 401 and a clear message", async () => {
    const client = await openSession(server.url);
    const [payload] = client.token.split(".");
    const tampered = `${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), sid: "someone-elses-sid" })).toString("base64url")}.${client.token.split(".")[1]}`;
    const cases = [
      undefined,
      "not-a-token",
      tampered,
      issueSession("another-secret").token,
      issueSession(SECRET, undefined, Date.now() - 200 * 86400_000).token,
    ];
    for (const token of cases) {
      const response = await postChat(server.url, token, { text: "hi" });
      expect(response.status, String(token)).toBe(401);
      const error = await errorOf(response);
      expect(error.code).toBe("unauthorized");
      expect(error.message).toMatch(/session/i);
      const history = await fetch(
        `${server.url}/api/history`,
        token ? { headers: { authorization: `Bearer ${token}` } } : {},
      );
      expect(history.status).toBe(401);
    }
  });

  it("answers 403 for another session's thread and leaks none of it", async () => {
    const alice = await openSession(server.url);
    await readSse(await postChat(server.url, alice.token, { text: "my secret job hunt" }));
    const mallory = await openSession(server.url);
    const before = scripted.log.turns.length;
    const chat = await postChat(server.url, mallory.token, { text: "hi", threadId: alice.threadId });
    expect(chat.status).toBe(403);
    const history = await fetch(`${server.url}/api/history?threadId=${alice.threadId}`, {
      headers: { authorization: `Bearer ${mallory.token}` },
    });
    expect(history.status).toBe(403);
    const text = await history.text();
    expect(text).not.toContain("secret job");
    expect(JSON.parse(text).error.code).toBe("forbidden");
    // an id that does not exist looks exactly the same
    const unknown = await fetch(`${server.url}/api/history?threadId=web_doesnotexist`, {
      headers: { authorization: `Bearer ${mallory.token}` },
    });
    expect(unknown.status).toBe(403);
    expect(scripted.log.turns.length).toBe(before);
  });

  it("allows listed and same origins, refuses others before any route runs", async () => {
    const client = await openSession(server.url);
    const allowed = await postChat(
      server.url,
      client.token,
      { text: "hi" },
      { headers: { origin: "http://allowed.example:8080" } },
    );
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("http://allowed.example:8080");
    await allowed.body?.cancel();
    const preflight = await fetch(`${server.url}/api/chat`, {
      method: "OPTIONS",
      headers: {
        origin: "http://allowed.example:8080",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization,content-type",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/Authorization/);
    const same = await openSession(server.url, {}, { origin: server.url });
    expect(same.token).toBeTruthy();

    const before = scripted.log.turns.length;
    const evil = await postChat(
      server.url,
      client.token,
      { text: "hi" },
      { headers: { origin: "https://evil.example" } },
    );
    expect(evil.status).toBe(403);
    expect(evil.headers.get("access-control-allow-origin")).toBeNull();
    expect((await errorOf(evil)).message).toContain("https://evil.example is not allowed");
    const evilSession = await fetch(`${server.url}/api/session`, {
      method: "POST",
      headers: { origin: "https://evil.example" },
    });
    expect(evilSession.status).toBe(403);
    expect(scripted.log.turns.length).toBe(before);
  });

  it("validates bodies with clear 4xx answers", async () => {
    const client = await openSession(server.url);
    const empty = await postChat(server.url, client.token, { text: "   " });
    expect(empty.status).toBe(400);
    expect((await errorOf(empty)).message).toMatch(/type a message or attach a file/);
    const long = await postChat(server.url, client.token, { text: "x".repeat(20_001) });
    expect(long.status).toBe(400);
    expect((await errorOf(long)).message).toMatch(/at most 20000 characters/);
    const badJson = await fetch(`${server.url}/api/chat`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${client.token}` },
      body: "{not json",
    });
    expect(badJson.status).toBe(400);
    expect((await errorOf(badJson)).message).toBe("The request body is not valid JSON.");
    const badType = await postChat(server.url, client.token, { text: 42 });
    expect(badType.status).toBe(400);
    // A button press must carry its ids: a roadmap tick without the item is refused.
    const badAction = await postChat(server.url, client.token, {
      action: { type: "roadmap_item", roadmapId: "rm_1", done: true },
    });
    expect(badAction.status).toBe(400);
    expect((await errorOf(badAction)).message).toMatch(/itemId/);
    const badLimit = await fetch(`${server.url}/api/history?limit=9999`, {
      headers: { authorization: `Bearer ${client.token}` },
    });
    expect(badLimit.status).toBe(400);
  });

  it("serves widget.js gzipped with an ETag, and 304 when unchanged", async () => {
    const response = await fetch(`${server.url}/widget.js`, { headers: { "accept-encoding": "gzip" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(response.headers.get("content-encoding")).toBe("gzip");
    const code = await response.text();
    expect(code).toContain("careercraft-widget");
    const etag = response.headers.get("etag")!;
    const again = await fetch(`${server.url}/widget.js`, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
  });

  it("turns a failing turn into an error event the person can read", async () => {
    const client = await openSession(server.url);
    const sse = await readSse(await postChat(server.url, client.token, { text: "fail please" }));
    expect(sse.events).toEqual([
      { type: "error", code: "provider", message: "The model provider is unavailable right now." },
      { type: "turn_end" },
    ]);
  });

  it("lets a site-signed identity act as that user on every device", async () => {
    const exp = Math.floor(Date.now() / 1000) + 600;
    const identity = signPayload(SITE_SECRET, { sub: "student-42", name: "Ada", org: "state-u", exp });
    const laptop = await openSession(server.url, { siteIdentity: identity });
    await readSse(await postChat(server.url, laptop.token, { text: "hi from the laptop" }));
    const phone = await openSession(server.url, { siteIdentity: identity });
    expect(phone.token).not.toBe(laptop.token);
    expect(phone.threadId).toBe(laptop.threadId);
    const turn = scripted.log.turns.at(-1)!;
    expect(turn.identity).toEqual({
      channel: "web",
      externalId: "site:state-u:student-42",
      displayName: "Ada",
      organization: "state-u",
    });

    const forged = signPayload("wrong-secret", { sub: "student-42", exp });
    const refused = await fetch(`${server.url}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ siteIdentity: forged }),
    });
    expect(refused.status).toBe(401);
    expect((await errorOf(refused)).message).toMatch(/signature/);
  });
});

describe("web chat API without a configured secret", () => {
  it("refuses site identities when SITE_IDENTITY_SECRET is not set", async () => {
    const { createPgliteTestDatabase } = await import("../../test-support/db.ts");
    const db = await createPgliteTestDatabase();
    const server = await startWebTestServer({ converse: createScriptedConverse().converse, db });
    try {
      const anonymous = await openSession(server.url);
      expect(anonymous.token.split(".")).toHaveLength(2);
      const response = await fetch(`${server.url}/api/session`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ siteIdentity: "abc.def" }),
      });
      expect(response.status).toBe(403);
      expect((await errorOf(response)).message).toMatch(/SITE_IDENTITY_SECRET/);
    } finally {
      await server.close();
      await db.close();
    }
  });
});
