/**
 * A job kept for later through the real conversation (offline planner, PGlite and PostgreSQL;
 * trial19 §12): "bookmark this job: <title> at <company>, <link>" saves the job with its title,
 * employer and link apart, and "show my bookmarks" shows it beside the bookmarked questions
 * (it said "no bookmarked questions" and nothing of the job). Messages written for this test.
 */
import { beforeAll, expect, it } from "vitest";
import { loadConfig } from "../../config.ts";
import type { Identity, ListPart } from "../../contract/conversation.ts";
import { chatTurn } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { type Conversation, createConversation } from "./converse.ts";

const config = loadConfig({ MODEL_PROVIDER: "offline", LOG_LEVEL: "silent" });
const lists = (parts: { type: string }[]) => parts.filter((p) => p.type === "list") as ListPart[];

describeEachDatabase("saved jobs among the bookmarks (trial19 §12)", (getDb) => {
  let c: Conversation;
  let n = 0;
  const person = () => {
    n++;
    const who: Identity = { channel: "test", externalId: `sj-${n}-${Date.now().toString(36)}` };
    return (text: string) => chatTurn(c, who, `t-${n}`, text);
  };
  beforeAll(async () => {
    c = await createConversation({ db: getDb(), config });
  });

  it("a bookmarked job keeps its title, employer and link, and is listed with the bookmarks", async () => {
    const say = person();
    const none = await say("show my bookmarks");
    expect(none.text).toMatch(/no bookmarked questions/i);
    expect(none.text).toMatch(/no saved jobs yet/i);

    const saved = await say(
      "bookmark this job: scaffolder at Brackley Construction, https://jobs.example.org/sc-12",
    );
    expect(saved.text).toMatch(/Scaffolder at Brackley Construction \(saved\)/);
    expect(saved.text).not.toMatch(/https?:/i);

    const mine = await say("show my bookmarks");
    expect(mine.tools).toEqual(["list_bookmarks"]);
    expect(mine.text).toMatch(/no bookmarked questions/i);
    expect(mine.text).toMatch(/saved job is listed/i);
    const jobs = lists(mine.parts).find((l) => /saved jobs/i.test(l.title ?? ""));
    expect(jobs?.items).toEqual([
      expect.objectContaining({
        text: "Scaffolder — Brackley Construction",
        url: "https://jobs.example.org/sc-12",
      }),
    ]);

    const only = await say("show my saved jobs");
    expect(only.calls).toEqual([{ name: "list_applications", args: { status: "saved" } }]);
    expect(only.text).toMatch(/Scaffolder at Brackley Construction/);
  });
});
