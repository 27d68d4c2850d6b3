/**
 * The real @langchain/openai and @langchain/google-genai clients against stand-in
 * servers on 127.0.0.1: the whole loop (tool call with the right arguments, result fed
 * back, final reply streamed) and the failures a person must understand.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../config.ts";
import type { ReplyEvent } from "../../contract/conversation.ts";
import type { Db } from "../../data/db/types.ts";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { createPgliteTestDatabase } from "../../test-support/db.ts";
import { startGeminiStandIn } from "../../test-support/standins/gemini.ts";
import { startOpenAIStandIn } from "../../test-support/standins/openai.ts";
import type { StandIn } from "../../test-support/standins/scripted.ts";
import { type Conversation, createConversation } from "../conversation/converse.ts";
import type { TurnStats } from "../graph/turn.ts";

let db: Db;
let openai: StandIn;
let gemini: StandIn;
let conversation: Conversation;
const stats: TurnStats[] = [];

beforeAll(async () => {
  db = await createPgliteTestDatabase();
  openai = await startOpenAIStandIn();
  gemini = await startGeminiStandIn();
  const config = loadConfig({
    MODEL_PROVIDER: "openai",
    OPENAI_API_KEY: "sk-test-key",
    OPENAI_BASE_URL: openai.baseUrl,
    OPENAI_MODEL: "gpt-stand-in",
    GOOGLE_API_KEY: "g-test-key",
    GEMINI_BASE_URL: gemini.baseUrl,
    GEMINI_MODEL: "gemini-stand-in",
    // These stand-ins script chat replies only; question search keeps the offline
    // embedder (with a key set, EMBEDDER=auto would choose the hosted one).
    EMBEDDER: "offline",
    LOG_LEVEL: "silent",
  });
  conversation = await createConversation({
    db,
    config,
    provider: { timeoutMs: 5000, maxRetries: 1 },
    onTurnEnd: (s) => stats.push(s),
  });
});

afterAll(async () => {
  await openai?.close();
  await gemini?.close();
  await db?.close();
});

async function turn(model: "openai" | "gemini", user: string, text: string): Promise<ReplyEvent[]> {
  const events: ReplyEvent[] = [];
  for await (const e of conversation.converse(
    { channel: "test", externalId: user },
    `t-${model}`,
    { text, attachments: [] },
    { model },
  ))
    events.push(e);
  return events;
}
const textOf = (events: ReplyEvent[]) => events.map((e) => (e.type === "text_delta" ? e.text : "")).join("");
const errorOf = (events: ReplyEvent[]) =>
  events.find((e) => e.type === "error") as { message: string } | undefined;

async function skillsOf(externalId: string) {
  const user = await createUsersRepository(db).resolveIdentity({ channel: "test", externalId });
  return (await createProfileRepository(db).listSkills(user.id)).map((s) => `${s.name}:${s.proficiency}`);
}

describe.each([
  ["openai", () => openai],
  ["gemini", () => gemini],
] as const)("%s provider through a stand-in server", (model, server) => {
  beforeEach(() => server().reset());

  it("runs the full loop: tool call with arguments, result fed back, reply streamed", async () => {
    const s = server();
    const before = s.requests.length;
    s.enqueue(
      { toolCalls: [{ name: "add_skill", args: { skill: "Docker", proficiency: "advanced" } }] },
      { text: "Added Docker at the advanced level. Anything else?" },
    );
    const events = await turn(model, `${model}-loop`, "I'm really good with Docker, add it");
    expect(events.find((e) => e.type === "tool_call")).toEqual({
      type: "tool_call",
      name: "add_skill",
      args: { skill: "Docker", proficiency: "advanced" },
    });
    expect(events.filter((e) => e.type === "text_delta").length).toBeGreaterThan(3);
    expect(textOf(events)).toBe("Added Docker at the advanced level. Anything else?");
    expect(events.at(-1)).toEqual({ type: "turn_end" });
    expect(await skillsOf(`${model}-loop`)).toEqual(["Docker:advanced"]);

    const [first, second] = s.requests.slice(before);
    const sent = JSON.stringify(first.body);
    expect(sent).toContain("add_skill");
    expect(sent).toMatch(/DATA, never an instruction/);
    // The tool result goes back to the model as structured data.
    expect(JSON.stringify(second.body)).toContain('\\"proficiency\\":\\"advanced\\"');
    expect(stats.at(-1)).toMatchObject({ modelCalls: 2, toolCalls: 1, duplicateToolCalls: 0 });
    if (model === "openai") expect(first.headers.authorization).toBe("Bearer sk-test-key");
    else expect(first.headers["x-goog-api-key"]).toBe("g-test-key");
  });

  it("never runs the same tool call twice in a turn", async () => {
    const s = server();
    s.enqueue(
      { toolCalls: [{ name: "show_skills", args: {} }] },
      { toolCalls: [{ name: "show_skills", args: {} }] },
      { text: "You have Docker." },
    );
    const events = await turn(model, `${model}-loop`, "show my skills");
    expect(events.filter((e) => e.type === "tool_call")).toHaveLength(1);
    expect(stats.at(-1)).toMatchObject({ toolCalls: 1, duplicateToolCalls: 1 });
  });

  it("explains a rejected API key", async () => {
    server().enqueue({ status: 401, errorMessage: "Incorrect API key provided" });
    const events = await turn(model, `${model}-401`, "hello");
    expect(errorOf(events)?.message).toMatch(/API key/);
    expect(errorOf(events)?.message).not.toMatch(/sk-test|g-test/);
    expect(events.at(-1)).toEqual({ type: "turn_end" });
  });

  it("retries a 429 and then answers", async () => {
    const s = server();
    const before = s.requests.length;
    s.enqueue({ status: 429, retryAfterMs: 10 }, { text: "Hi again!" });
    const events = await turn(model, `${model}-429`, "hello");
    expect(errorOf(events)).toBeUndefined();
    expect(textOf(events)).toBe("Hi again!");
    expect(s.requests.length - before).toBe(2);
  });

  it("says the provider failed on a persistent 500", async () => {
    const s = server();
    const before = s.requests.length;
    s.enqueue({ status: 500 }, { status: 500 });
    const events = await turn(model, `${model}-500`, "hello");
    expect(errorOf(events)?.message).toMatch(/internal error/i);
    expect(s.requests.length - before).toBe(2);
  });

  it("stops generating when the person goes away (abort)", async () => {
    server().enqueue({ delayMs: 4000, text: "too late" });
    const controller = new AbortController();
    const events: ReplyEvent[] = [];
    const started = Date.now();
    setTimeout(() => controller.abort(), 300);
    for await (const e of conversation.converse(
      { channel: "test", externalId: `${model}-abort` },
      "abort",
      { text: "hello", attachments: [] },
      { model, signal: controller.signal },
    ))
      events.push(e);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(events.filter((e) => e.type === "text_delta")).toEqual([]);
    expect(events.find((e) => e.type === "error")).toBeUndefined();
  });

  it("says the model took too long on a timeout", async () => {
    server().enqueue({ delayMs: 15_000, text: "late" }, { delayMs: 15_000, text: "late" });
    const events = await turn(model, `${model}-timeout`, "hello");
    expect(errorOf(events)?.message).toMatch(/too long/);
  });
});

describe("hosted model coaching in interview practice", () => {
  it("adds the model's words to the computed feedback, with the answer passed as data", {
    timeout: 180_000,
  }, async () => {
    openai.reset();
    openai.enqueue(
      { toolCalls: [{ name: "practice_question", args: { type: "behavioral" } }] },
      { text: "Here is a question for you." },
    );
    await turn("openai", "coached", "quiz me with a behavioral question");
    const before = openai.requests.length;
    const answer =
      "I led a migration when our deadline moved up; I split the work, paired with QA, and we shipped on time.";
    openai.enqueue(
      { toolCalls: [{ name: "answer_question", args: { answer } }] },
      { text: "Open with the situation before the actions." },
      { text: "Nice structure — see the feedback card." },
    );
    const events = await turn("openai", "coached", answer);
    expect(events.find((e) => e.type === "tool_call")).toMatchObject({ name: "answer_question" });
    const [, coaching, after] = openai.requests.slice(before);
    expect(JSON.stringify(coaching.body)).toContain("DATA, never an instruction");
    expect(JSON.stringify(after.body)).toContain("Open with the situation before the actions.");
    expect(textOf(events)).toBe("Nice structure — see the feedback card.");
  });
});
