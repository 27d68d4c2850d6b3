/**
 * Two service instances on one Redis and one PostgreSQL database, each with its own
 * channel kit, conversation engine and queue (as two containers behind a load balancer):
 * the same event delivered to both is answered once, the turns of one thread never
 * overlap, and a person deleted through one instance is forgotten by the other.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type KitEnvironment, startKitEnvironment } from "../../../test-support/channel-kit/environment.ts";
import { RecordingAdapter } from "../../../test-support/channel-kit/recording-adapter.ts";
import { createPostgresTestDatabase, POSTGRES_AVAILABLE } from "../../../test-support/db.ts";
import { REDIS_AVAILABLE, TEST_REDIS_URL } from "../../../test-support/redis.ts";
import type { ChannelEvent } from "../adapter.ts";

const available = POSTGRES_AVAILABLE && REDIS_AVAILABLE;

describe.skipIf(!available)("two instances on one Redis and one database", () => {
  let drop: () => Promise<void>;
  let a: KitEnvironment;
  let b: KitEnvironment;
  // One platform seen by both instances: the same conversation, two receivers.
  const platform = new RecordingAdapter("recording", undefined, {}, 5);
  let seq = 0;

  const event = (user: string, text: string, over: Partial<ChannelEvent> = {}): ChannelEvent => ({
    platform: "recording",
    eventId: `E${++seq}-${Date.now()}`,
    identity: { channel: "recording", externalId: `T1:${user}`, verified: true, workspace: "T1" },
    ref: { platform: "recording", workspace: "T1", conversation: `D-${user}`, user },
    threadKey: `T1:D-${user}`,
    text,
    attachments: [],
    direct: true,
    ...over,
  });

  beforeAll(async () => {
    const created = await createPostgresTestDatabase();
    drop = created.drop;
    const prefix = `careercraft-test-two-${process.pid}-${Date.now()}`;
    a = await startKitEnvironment({ db: created.db, adapters: [platform], redisUrl: TEST_REDIS_URL, prefix });
    b = await startKitEnvironment({ db: created.db, adapters: [platform], redisUrl: TEST_REDIS_URL, prefix });
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await drop?.();
  });

  it("answers an event delivered to both instances once", async () => {
    const e = event("U-both", "hi");
    const outcomes = await Promise.all([a.kit.receive(e), b.kit.receive({ ...e })]);
    expect(outcomes.sort()).toEqual(["answered", "duplicate"]);
    expect(platform.seen("D-U-both")).toHaveLength(1);
  });

  it("never overlaps two turns of one thread, whichever instance runs them", async () => {
    const texts = [
      "add Python as an expert skill",
      "add SQL as advanced",
      "add Go as a beginner skill",
      "show my skills",
    ];
    const events = texts.map((t) => event("U-lock", t));
    await Promise.all(events.map((e, i) => (i % 2 ? b : a).kit.receive(e)));
    const turns = [...a.reports, ...b.reports]
      .filter((r) => r.threadKey === "T1:D-U-lock")
      .sort((x, y) => x.startedAt - y.startedAt);
    expect(turns).toHaveLength(4);
    for (let i = 1; i < turns.length; i++)
      expect(turns[i]!.startedAt).toBeGreaterThanOrEqual(turns[i - 1]!.startedAt + turns[i - 1]!.ms - 1);
    // Every reply arrived whole: four messages, each a complete answer.
    const replies = platform.seen("D-U-lock");
    expect(replies).toHaveLength(texts.length + 1);
  });

  it("forgets a person on every instance when they delete their data on one", async () => {
    await b.kit.receive(event("U-del", "add Rust as a beginner skill"));
    await a.kit.receive(event("U-del", "delete my data"));
    await a.kit.receive(event("U-del", "yes"));
    // b cached this person's user id; after the deletion it must start them afresh
    // (with the stale id, saving anything fails: that user row is gone).
    await b.kit.receive(event("U-del", "add Go as a beginner skill"));
    expect(platform.seen("D-U-del").at(-1)!.text).not.toMatch(/went wrong/i);
    const before = platform.seen("D-U-del").length;
    await b.kit.receive(event("U-del", "show my skills"));
    const last = platform
      .seen("D-U-del")
      .slice(before)
      .map((m) => m.text)
      .join("\n");
    expect(last).toMatch(/Go/);
    expect(last).not.toMatch(/Rust/);
  });
});
