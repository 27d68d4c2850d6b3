/**
 * The web channel on the real conversation core (LangGraph graph, offline planner,
 * checkpoints in the database): turns stream over SSE, the transcript is kept, and
 * "delete my data" erases the web transcript too.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { createConversation } from "../../agent/conversation/converse.ts";
import { loadConfig } from "../../config.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { readSse } from "../../test-support/sse-client.ts";
import { startWebTestServer, type WebTestServer } from "../../test-support/web-app.ts";
import { openSession, postChat } from "./test-helpers.ts";

const textOf = (events: { type: string; text?: string }[]) =>
  events.flatMap((e) => (e.type === "text_delta" ? [e.text ?? ""] : [])).join("");

describeEachDatabase("web channel on the real conversation", (getDb) => {
  let server: WebTestServer;

  beforeAll(async () => {
    const config = loadConfig({ MODEL_PROVIDER: "offline", LOG_LEVEL: "silent" });
    const conversation = await createConversation({ db: getDb(), config });
    server = await startWebTestServer({ converse: conversation.converse, db: getDb() });
  });
  afterAll(() => server.close());

  it("streams the agent's reply and keeps it in the history", async () => {
    const client = await openSession(server.url);
    const hello = await readSse(await postChat(server.url, client.token, { text: "hi, what can you do?" }));
    expect(hello.names.filter((n) => n === "text_delta").length).toBeGreaterThan(3);
    // The offline agent's reply reaches the client in pieces as it is written, not in one write.
    expect(hello.chunks).toBeGreaterThan(4);
    expect(hello.names.at(-1)).toBe("turn_end");
    expect(textOf(hello.events)).toMatch(/resume/i);

    await readSse(await postChat(server.url, client.token, { text: "add Python as an expert skill" }));
    const skills = await readSse(await postChat(server.url, client.token, { text: "show my skills" }));
    expect(JSON.stringify(skills.events)).toContain("Python");

    const history = (await (
      await fetch(`${server.url}/api/history`, { headers: { authorization: `Bearer ${client.token}` } })
    ).json()) as {
      messages: { role: string; text: string }[];
    };
    expect(history.messages).toHaveLength(6);
    expect(history.messages[0]).toMatchObject({ role: "user", text: "hi, what can you do?" });
  });

  it("erases the web transcript when the person deletes their data, and only theirs", async () => {
    const bystander = await openSession(server.url);
    await readSse(await postChat(server.url, bystander.token, { text: "add SQL as an intermediate skill" }));
    const client = await openSession(server.url);
    await readSse(await postChat(server.url, client.token, { text: "add Go as a beginner skill" }));
    const ask = await readSse(await postChat(server.url, client.token, { text: "delete my data" }));
    expect(textOf(ask.events)).toMatch(/sure|confirm|yes/i);
    await readSse(await postChat(server.url, client.token, { text: "yes" }));

    const headers = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
    const mine = (await (await fetch(`${server.url}/api/history`, headers(client.token))).json()) as {
      threadId: string;
      messages: unknown[];
    };
    expect(mine.messages).toEqual([]);
    expect(mine.threadId).not.toBe(client.threadId);
    const theirs = (await (await fetch(`${server.url}/api/history`, headers(bystander.token))).json()) as {
      messages: unknown[];
    };
    expect(theirs.messages).toHaveLength(2);

    // The person carries on in a fresh thread, also when the widget still names the erased one.
    const again = await postChat(server.url, client.token, {
      text: "show my skills",
      threadId: client.threadId,
    });
    expect(again.status).toBe(200);
    expect(again.headers.get("x-careercraft-thread")).toBe(mine.threadId);
    const after = await readSse(again);
    expect(after.names.at(-1)).toBe("turn_end");
    expect(textOf(after.events)).not.toMatch(/\bGo\b/);
    const old = await fetch(`${server.url}/api/history?threadId=${client.threadId}`, headers(client.token));
    expect(((await old.json()) as { threadId: string }).threadId).toBe(mine.threadId);
    // Someone else naming that erased thread is still refused.
    const other = await postChat(server.url, bystander.token, { text: "hi", threadId: client.threadId });
    expect(other.status).toBe(403);
  });
});
