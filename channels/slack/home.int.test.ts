/**
 * The App Home tab: `app_home_opened` (signed, through Bolt's receiver) publishes the
 * person's profile summary with views.publish to the Slack stand-in, as Block Kit within
 * a view's documented limits. A stranger gets the first steps and nothing is created.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../data/db/types.ts";
import { type KitEnvironment, startKitEnvironment } from "../../test-support/channel-kit/environment.ts";
import { createPgliteTestDatabase } from "../../test-support/db.ts";
import { directMessage, eventCallback, type SlackReceiver, startSlackReceiver } from "./testing/receiver.ts";
import { type SlackStandIn, startSlackStandIn } from "./testing/stand-in.ts";

const TEAM = "T0HOME";
const TOKEN = "xoxb-home";

describe("Slack App Home", () => {
  let db: Db;
  let env: KitEnvironment;
  let standIn: SlackStandIn;
  let receiver: SlackReceiver;

  beforeAll(async () => {
    db = await createPgliteTestDatabase();
    standIn = await startSlackStandIn({ tokens: { [TOKEN]: TEAM } });
    env = await startKitEnvironment({ db, adapters: [] });
    receiver = await startSlackReceiver({
      kit: env.kit,
      db,
      botToken: TOKEN,
      teamId: TEAM,
      apiUrl: standIn.apiUrl,
    });
  });
  afterAll(async () => {
    await receiver?.close();
    await env?.close();
    await standIn?.close();
    await db?.close();
  });

  const openHome = async (user: string) => {
    const { body } = eventCallback(TEAM, { type: "app_home_opened", user, channel: `D${user}`, tab: "home" });
    expect((await receiver.post(body)).status).toBe(200);
    await expect.poll(() => standIn.homeViews.get(`${TEAM}:${user}`)).toBeDefined();
    const view = standIn.homeViews.get(`${TEAM}:${user}`)!;
    standIn.homeViews.delete(`${TEAM}:${user}`);
    return { view, text: JSON.stringify(view.blocks) };
  };

  it("shows the person's skills and roadmap progress", async () => {
    for (const text of [
      "add Python as an expert skill",
      "add SQL as advanced",
      "add Docker as a beginner skill",
    ]) {
      const { eventId, body } = directMessage(TEAM, "UHOME", text);
      await receiver.post(body);
      await env.turnDone(eventId, 60_000);
    }
    const { view, text } = await openHome("UHOME");
    expect(view.type).toBe("home");
    expect(text).toContain("Your CareerCraft profile");
    // Strongest first: the expert skill before the beginner one.
    expect(text).toMatch(/Strongest skills:\*? Python \(expert\), SQL \(advanced\), Docker \(beginner\)/);
    expect(standIn.blockErrors).toEqual([]);
  });

  it("shows a stranger the first steps and creates nobody", async () => {
    const { text } = await openHome("USTRANGER");
    expect(text).toMatch(/Send me your resume/);
    const { rows } = await db.query(
      `SELECT 1 FROM channel_identities WHERE external_id = '${TEAM}:USTRANGER'`,
    );
    expect(rows).toEqual([]);
  });

  it("publishes nothing for the Messages tab", async () => {
    const { body } = eventCallback(TEAM, {
      type: "app_home_opened",
      user: "UMSG",
      channel: "DUMSG",
      tab: "messages",
    });
    await receiver.post(body);
    await new Promise((r) => setTimeout(r, 300));
    expect(standIn.homeViews.has(`${TEAM}:UMSG`)).toBe(false);
  });
});
