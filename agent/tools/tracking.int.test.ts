/**
 * Applications and interview practice through the conversation (offline planner):
 * the person's words become tool calls on their own data, with clear refusals.
 */
import { beforeAll, expect, it } from "vitest";
import { loadConfig } from "../../config.ts";
import type { Identity, ReplyEvent } from "../../contract/conversation.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { type Conversation, createConversation } from "../conversation/converse.ts";

const config = loadConfig({ MODEL_PROVIDER: "offline", LOG_LEVEL: "silent" });

async function say(c: Conversation, who: Identity, text: string) {
  const events: ReplyEvent[] = [];
  for await (const e of c.converse(who, "track", { text, attachments: [] })) events.push(e);
  return {
    events,
    text: events.map((e) => (e.type === "text_delta" ? e.text : "")).join(""),
    call: events.find((e) => e.type === "tool_call") as
      | { name: string; args: Record<string, unknown> }
      | undefined,
    parts: events.flatMap((e) => (e.type === "part" ? [e.part] : [])),
  };
}

async function sayIn(c: Conversation, who: Identity, thread: string, text: string) {
  const events: ReplyEvent[] = [];
  for await (const e of c.converse(who, thread, { text, attachments: [] })) events.push(e);
  return {
    call: events.find((e) => e.type === "tool_call") as
      | { name: string; args: Record<string, unknown> }
      | undefined,
  };
}

describeEachDatabase("tracking tools in conversation", (getDb) => {
  let c: Conversation;
  const meera: Identity = { channel: "test", externalId: "meera" };
  const other: Identity = { channel: "test", externalId: "other" };
  beforeAll(async () => {
    c = await createConversation({ db: getDb(), config });
  });

  it("tracks an application through its workflow and refuses nonsense transitions", async () => {
    const added = await say(c, meera, "I applied to Stripe for the backend engineer role yesterday");
    expect(added.call).toMatchObject({
      name: "add_application",
      args: { company: "Stripe", position: "backend engineer", appliedOn: "yesterday" },
    });
    expect(added.text).toMatch(/Stripe/);
    const moved = await say(c, meera, "Stripe invited me to a phone screen");
    expect(moved.text).toMatch(/applied → phone screen/);
    const refused = await say(c, meera, "I accepted the offer from Stripe");
    expect(refused.text).toMatch(/offer first|can only accept/i);
    const list = await say(c, meera, "show my applications");
    expect(JSON.stringify(list.parts)).toContain("Stripe");
    const stats = await say(c, meera, "how is my job search going?");
    expect(stats.parts.some((p) => p.type === "chart" && Boolean(p.svg))).toBe(true);
    // Someone else cannot reach Meera's application by naming the company.
    const theirs = await say(c, other, "Stripe rejected me");
    expect(theirs.text).toMatch(/don't track an application to "Stripe"/);
    // Found trying the CLI as a retail associate ("and Salesforce, … they gave me a phone
    // screen" before logging it): the reply says how to log it, not only that it is unknown.
    expect(theirs.text).toMatch(/say "I applied to Stripe"/);
  });

  it("finds a tracked company named in lower case, with nothing in focus", async () => {
    const priya: Identity = { channel: "test", externalId: "priya-lower" };
    await say(c, priya, "I applied to Zomato for the data analyst role yesterday");
    await say(c, priya, "I applied to Infosys for the developer role yesterday");
    // A new conversation thread has no focus: the tracked list is what names the company.
    const fresh: Identity = { ...priya };
    const moved = await sayIn(c, fresh, "fresh-1", "i didn't get the zomato job");
    expect(moved.call).toMatchObject({ name: "update_application_status", args: { application: "Zomato" } });
    const gone = await sayIn(c, fresh, "fresh-2", "remove infosys from my applications");
    expect(gone.call).toMatchObject({ name: "delete_application", args: { application: "Infosys" } });
  });

  it("drills an interview question and gives feedback", { timeout: 180_000 }, async () => {
    const asked = await say(c, meera, "ask me a behavioral question");
    expect(asked.call).toMatchObject({ name: "practice_question", args: { type: "behavioral" } });
    expect(asked.text).toMatch(/Here's your question/);
    const answered = await say(
      c,
      meera,
      "At my last job our release slipped because two teams disagreed on the API. I set up a joint design review, we agreed a contract in two days, and we shipped the following week with no regressions.",
    );
    expect(answered.call?.name).toBe("answer_question");
    expect(answered.parts.some((p) => p.type === "list" && /Feedback — \d+\/100/.test(p.title ?? ""))).toBe(
      true,
    );
    const search = await say(c, meera, "show me interview questions for a data analyst role");
    expect(search.call?.name).toBe("search_questions");
    expect(search.text).toMatch(/question/);
  });
});
