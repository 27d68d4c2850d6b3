/**
 * How a reply reaches a channel through the conversation entry with the offline planner:
 * in several text deltas spread over the event loop (so a streaming channel can send each
 * one as it is produced), and with paragraphs kept apart, also when words come both
 * before and after the tools of one turn.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config.ts";
import type { Identity, ReplyEvent } from "../../contract/conversation.ts";
import type { Db } from "../../data/db/types.ts";
import { createPgliteTestDatabase } from "../../test-support/db.ts";
import { agentTools } from "../tools/registry.ts";
import { type Conversation, createConversation } from "./converse.ts";

const config = loadConfig({ MODEL_PROVIDER: "offline", LOG_LEVEL: "silent" });

/** Every event with the number of event-loop turns (macrotasks) that had passed when it came. */
async function stamped(c: Conversation, who: Identity, text: string) {
  let ticks = 0;
  let running = true;
  const tick = () => {
    ticks++;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const events: { event: ReplyEvent; tick: number }[] = [];
  try {
    for await (const event of c.converse(who, "stream", { text, attachments: [] }))
      events.push({ event, tick: ticks });
  } finally {
    running = false;
  }
  const deltas = events.flatMap(({ event, tick }) =>
    event.type === "text_delta" ? [{ text: event.text, tick }] : [],
  );
  return { events, deltas, text: deltas.map((d) => d.text).join("") };
}

describe("reply streaming through the conversation entry (offline planner)", () => {
  let db: Db;
  let conversation: Conversation;
  const who: Identity = { channel: "test", externalId: "stream-1" };
  beforeAll(async () => {
    db = await createPgliteTestDatabase();
    conversation = await createConversation({ db, config });
  });
  afterAll(async () => {
    await conversation.close();
    await db.close();
  });

  it("sends a multi-sentence reply as several deltas, produced over several event-loop turns", async () => {
    const r = await stamped(conversation, who, "hi, what can you do?");
    expect(r.text.split(/[.!?:](?:\s|$)/).length).toBeGreaterThan(3);
    expect(r.deltas.length).toBeGreaterThan(3);
    // Pieces end where a reader pauses (a sentence, clause or line), not mid-word.
    for (const d of r.deltas.slice(0, -1)) expect(d.text).toMatch(/(?:[.!?:;—]\s*|\n)$/);
    // Produced as the reply is written, not all in the same instant at the end of the turn.
    expect(new Set(r.deltas.map((d) => d.tick)).size).toBeGreaterThan(3);
    expect(r.events.at(-1)?.event).toEqual({ type: "turn_end" });
  });

  it("keeps the greeting and the help apart: never 'start?I'm'", async () => {
    for (const text of ["hi, what can you do?", "hello! what can you do?", "hey, what can you do?"]) {
      const r = await stamped(conversation, who, text);
      expect(r.text).toMatch(/[.!?]\n\n\S/);
      expect(r.text).not.toMatch(/[a-z)"][.!?][A-Z][a-z]/);
    }
  });

  it("starts a new paragraph when words come both before and after the tools of a turn", async () => {
    // Without roadmap tools the planner first says roadmaps are unavailable, then reports the skills.
    const limited = await createConversation({
      db,
      config,
      tools: agentTools().filter((t) => !t.name.includes("roadmap")),
    });
    const me: Identity = { channel: "test", externalId: "stream-2" };
    const r = await stamped(limited, me, "show my skills and make me a roadmap");
    expect(r.events.some(({ event }) => event.type === "tool_call" && event.name === "show_skills")).toBe(
      true,
    );
    expect(r.text).toMatch(/isn't available/);
    expect(r.text).toMatch(
      /\n\n(?:Your profile has no skills|Here are your skills|Your skills|This is what)/,
    );
    expect(r.text).not.toMatch(/[a-z)"][.!?][A-Z][a-z]/);
  });
});
