/**
 * The time budget of a roadmap request reaches the roadmap: "4 weeks, 5 hours a week"
 * gives at most 4 weeks of at most 5 hours, both when the tool is called directly and
 * through the conversation with the offline planner, and the reply says what was left out.
 */

import { beforeAll, expect, it } from "vitest";
import { loadConfig } from "../../config.ts";
import type { Identity, ReplyEvent, RoadmapPart } from "../../contract/conversation.ts";
import { createLogger } from "../../data/logger.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { createResumeReader } from "../../tools/resume/reader/pool.ts";
import { type Conversation, createConversation } from "../conversation/converse.ts";
import { isDone } from "./results.ts";
import { createRoadmapTool } from "./roadmap-tools.ts";
import type { ToolContext } from "./types.ts";

const config = loadConfig({ MODEL_PROVIDER: "offline", LOG_LEVEL: "silent" });

async function say(c: Conversation, who: Identity, text: string) {
  const events: ReplyEvent[] = [];
  for await (const e of c.converse(who, "plan", { text, attachments: [] })) events.push(e);
  return {
    text: events.map((e) => (e.type === "text_delta" ? e.text : "")).join(""),
    call: events.find((e) => e.type === "tool_call") as
      | { name: string; args: Record<string, unknown> }
      | undefined,
    roadmap: events.flatMap((e) => (e.type === "part" && e.part.type === "roadmap" ? [e.part] : []))[0] as
      | RoadmapPart
      | undefined,
  };
}

describeEachDatabase("create_roadmap respects the time budget", (getDb) => {
  const nina: Identity = { channel: "test", externalId: "nina-budget" };
  let c: Conversation;
  let ctx: ToolContext;
  beforeAll(async () => {
    c = await createConversation({ db: getDb(), config });
    await say(c, nina, "add SQL as advanced");
    await say(c, nina, "I want to be a data engineer at a fintech startup");
    const fit = await say(c, nina, "am I a fit?");
    expect(fit.call?.name).toBe("analyze_fit");
    const user = await createUsersRepository(getDb()).resolveIdentity(nina);
    ctx = {
      db: getDb(),
      config,
      logger: createLogger("silent"),
      userId: user.id,
      channel: "test",
      threadId: "direct",
      focus: {},
      attachments: [],
      emit: () => {},
      afterTurn: () => {},
      resumeReader: createResumeReader({ threads: 1 }),
    };
  }, 120_000);

  it("tool: 4 weeks at 5 h/week is at most 4 weeks and says what does not fit", async () => {
    const unboundedOut = await createRoadmapTool.run({ hoursPerWeek: 5 }, ctx);
    if (!isDone(unboundedOut.result)) throw new Error("the roadmap tool needs an analysis");
    expect(unboundedOut.result.weeks).toBeGreaterThan(4);
    const out = await createRoadmapTool.run({ weeks: 4, hoursPerWeek: 5 }, ctx);
    if (!isDone(out.result)) throw new Error("the roadmap tool needs an analysis");
    expect(out.result).toMatchObject({
      weeks: expect.any(Number),
      hoursPerWeek: 5,
      targetWeeks: 4,
      fits: false,
    });
    expect(out.result.weeks).toBeLessThanOrEqual(4);
    const part = out.parts?.find((p) => p.type === "roadmap") as RoadmapPart;
    expect(part.weeks.length).toBeLessThanOrEqual(4);
    for (const w of part.weeks) expect(w.hours).toBeLessThanOrEqual(5);
    const leftOut = [...out.result.cut, ...out.result.overflow];
    expect(leftOut.length).toBeGreaterThan(0);
    expect(String(out.result.message)).toMatch(/does not fit/);
  });

  it("conversation: the words reach the tool and the plan, and the reply names the cuts", async () => {
    const r = await say(c, nina, "make me a roadmap, 4 weeks, 5 hours a week");
    expect(r.call).toEqual({
      type: "tool_call",
      name: "create_roadmap",
      args: { weeks: 4, hoursPerWeek: 5 },
    });
    expect(r.roadmap?.weeks.length).toBeGreaterThan(0);
    expect(r.roadmap?.weeks.length).toBeLessThanOrEqual(4);
    expect(r.text).toMatch(/at 5 hours a week/);
    expect(r.text).toMatch(/doesn't all fit in 4 weeks/);
    expect(r.text).toMatch(/left out|need more time/);
    // Replanning the same analysis with a new budget keeps to the new target too.
    const again = await say(c, nina, "make it 2 weeks");
    expect(again.call).toMatchObject({ name: "create_roadmap", args: { weeks: 2 } });
    expect(again.roadmap?.weeks.length).toBeGreaterThan(0);
    expect(again.roadmap?.weeks.length).toBeLessThanOrEqual(2);
  });
});
