import { describe, expect, it } from "vitest";
import { FairQueue, type QueuedJob } from "./fair-queue.ts";

function recorder(slots: number, perOwner: number) {
  const started: string[] = [];
  const queue = new FairQueue<QueuedJob & { name: string }>(slots, perOwner);
  const push = (owner: string, name: string) => queue.push({ owner, name, start: () => started.push(name) });
  return { queue, started, push };
}

describe("FairQueue", () => {
  it("serves owners in turn, not in arrival order", () => {
    const { queue, started, push } = recorder(1, 1);
    for (let i = 1; i <= 4; i++) push("mallory", `m${i}`);
    push("alice", "a1");
    push("bob", "b1");
    expect(started).toEqual(["m1"]);
    queue.finished("mallory");
    queue.finished("alice");
    queue.finished("bob");
    expect(started).toEqual(["m1", "a1", "b1", "m2"]);
  });

  it("never gives one owner more than its share of the slots", () => {
    const { queue, started, push } = recorder(3, 1);
    for (let i = 1; i <= 5; i++) push("mallory", `m${i}`);
    expect(started).toEqual(["m1"]);
    push("alice", "a1");
    expect(started).toEqual(["m1", "a1"]);
    expect(queue.runningCount).toBe(2);
    expect(queue.pendingFor("mallory")).toBe(5);
  });

  it("drops a waiting job whose owner went away, but not one that already runs", () => {
    const { queue, started } = recorder(1, 1);
    const running = { owner: "a", name: "a1", start: () => started.push("a1") };
    const waiting = { owner: "b", name: "b1", start: () => started.push("b1") };
    queue.push(running);
    queue.push(waiting);
    expect(queue.remove(running)).toBe(false);
    expect(queue.remove(waiting)).toBe(true);
    queue.finished("a");
    expect(started).toEqual(["a1"]);
    expect(queue.queued).toBe(0);
  });
});
