import { describe, expect, it } from "vitest";
import { routeReminders } from "./reminder-jobs.ts";

describe("routeReminders", () => {
  it("sends through the channel the person last used and refuses unknown ones", async () => {
    const sent: string[] = [];
    const router = routeReminders({
      slack: { deliver: async (_u, channel, message) => void sent.push(`${channel}:${message}`) },
      teams: { deliver: async () => undefined, canDeliver: () => false },
    });
    expect(router.canDeliver?.("slack")).toBe(true);
    expect(router.canDeliver?.("teams")).toBe(false);
    expect(router.canDeliver?.("cli")).toBe(false);
    expect(router.canDeliver?.("constructor")).toBe(false);
    await router.deliver("u1", "slack", "hello");
    expect(sent).toEqual(["slack:hello"]);
    await expect(router.deliver("u1", "cli", "x")).rejects.toThrow(/cli channel/);
  });
});
